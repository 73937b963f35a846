/* Reading the command's inputs: whole files or standard input into memory,
 * and directories into the list of files they hold. */
#ifndef FRN_CLI_INPUT_H
#define FRN_CLI_INPUT_H

#include <stddef.h>

/* Read the file at path, or standard input when path is "-", into a new
 * buffer the caller frees. The buffer has a NUL after its len bytes.
 * Returns 0, or an errno value with *data NULL: EISDIR for a directory,
 * EFBIG for an input of more than max_len bytes, *len then receiving its
 * size (a regular file's, read not at all) or the max_len + 1 bytes read
 * before stopping (a stream's). A FIFO no program writes to reads as
 * empty, without waiting. */
int input_read(const char *path, size_t max_len, char **data, size_t *len);

/* Open path (standard input for "-") without waiting on a FIFO. Returns 0
 * with *fd set, or an errno value (EISDIR for a directory). */
int input_open(const char *path, int *fd);

/* Close what input_open() opened (standard input stays open). */
void input_close(const char *path, int fd);

/* Read fd to its end as input_read() does, its first prefix_len bytes
 * being already read into prefix (they are copied to the front). */
int input_read_fd(int fd, const char *prefix, size_t prefix_len, size_t max_len,
                  char **data, size_t *len);

/* A growable list of paths, owned by the list. */
typedef struct input_list {
    char **paths;
    size_t count;
    size_t capacity;
} input_list;

void input_list_init(input_list *list);
void input_list_free(input_list *list);

/* Append a copy of path. Returns 0 or ENOMEM. */
int input_list_add(input_list *list, const char *path);

/* How directories are read into a list of files. */
typedef struct input_walk {
    int recursive;    /* walk into subdirectories (not into links to them) */
    const char *glob; /* keep only files whose name matches (fnmatch), or NULL */
} input_walk;

/* Whether path names a directory (after links). */
int input_is_directory(const char *path);

/* Append path itself when it is not a directory (reading it will tell
 * whether it can be read); for a directory, append the regular files it
 * holds (symbolic links followed; with walk->recursive, those of its
 * subdirectories too) whose name matches walk->glob, leaving out names
 * that start with a dot, sorted by path in byte order. Returns 0 or an
 * errno value: a directory could not be listed, or ENOMEM. */
int input_list_add_expanded(input_list *list, const char *path, const input_walk *walk);

/* The message for an input of len bytes (as input_read() gives it with
 * EFBIG) over the limit of max_len, into buf. */
void input_describe_too_large(char *buf, size_t cap, size_t len, size_t max_len);

/* Tell the user on standard error that path cannot be read:
 * "frnews: PATH: REASON". */
void input_report_error(const char *path, int error);

#endif
