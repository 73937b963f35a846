/* Whole-file reads and directory listing for the command's inputs. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "input.h"

/* Read fd to its end, or until more than max_len bytes are in (EFBIG): a
 * stream such as /dev/zero never ends. A regular file's size sizes the
 * buffer up front, with room to find its end without growing; pipes grow it
 * by doubling, so reading stays linear in the input size. */
static int read_all(int fd, size_t size_hint, const char *prefix, size_t prefix_len,
                    size_t max_len, char **data, size_t *len)
{
    /* One byte past max_len tells that the input is longer. */
    size_t limit = max_len < SIZE_MAX - 2 ? max_len + 1 : SIZE_MAX - 2;
    size_t capacity = (size_hint < limit ? size_hint : limit) + 2; /* + probe + NUL */
    size_t used = prefix_len;
    char *buffer;

    if (capacity < 4096)
        capacity = 4096;
    if (capacity < prefix_len + 2)
        capacity = prefix_len + 2;
    buffer = malloc(capacity);
    if (!buffer)
        return ENOMEM;
    if (prefix_len)
        memcpy(buffer, prefix, prefix_len);
    while (used < limit) {
        size_t room;
        ssize_t got;
        if (used + 1 == capacity) {
            size_t wanted = capacity <= limit / 2 ? capacity * 2 : limit + 1;
            char *bigger = realloc(buffer, wanted);
            if (!bigger) {
                free(buffer);
                return ENOMEM;
            }
            buffer = bigger;
            capacity = wanted;
        }
        room = capacity - 1 - used;
        got = read(fd, buffer + used, room < limit - used ? room : limit - used);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            int error = errno;
            free(buffer);
            return error;
        }
        if (got == 0)
            break;
        used += (size_t)got;
    }
    if (used > max_len) {
        free(buffer);
        *len = used;
        return EFBIG;
    }
    buffer[used] = '\0';
    *data = buffer;
    *len = used;
    return 0;
}

/* Open without waiting: a FIFO that no program writes to would block open()
 * forever. Once open, reads wait again as usual for data from a writer, and
 * a FIFO with none reads as empty. */
static int open_for_reading(const char *path)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY);
    int flags;

    if (fd < 0)
        return -1;
    flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
        int error = errno;
        close(fd);
        errno = error;
        return -1;
    }
    return fd;
}

int input_open(const char *path, int *fd)
{
    struct stat st;

    *fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open_for_reading(path);
    int error;

    if (*fd < 0)
        return errno;
    if (fstat(*fd, &st) != 0)
        error = errno;
    else if (S_ISDIR(st.st_mode))
        error = EISDIR;
    else
        return 0;
    input_close(path, *fd);
    *fd = -1;
    return error;
}

void input_close(const char *path, int fd)
{
    if (fd >= 0 && strcmp(path, "-") != 0)
        close(fd);
}

int input_read_fd(int fd, const char *prefix, size_t prefix_len, size_t max_len,
                  char **data, size_t *len)
{
    struct stat st;

    *data = NULL;
    *len = 0;
    if (fstat(fd, &st) != 0)
        return errno;
    if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max_len) {
        *len = (size_t)st.st_size; /* not read at all */
        return EFBIG;
    }
    return read_all(fd, S_ISREG(st.st_mode) ? (size_t)st.st_size : 0, prefix, prefix_len,
                    max_len, data, len);
}

int input_read(const char *path, size_t max_len, char **data, size_t *len)
{
    int fd, error = input_open(path, &fd);

    *data = NULL;
    *len = 0;
    if (error)
        return error;
    error = input_read_fd(fd, NULL, 0, max_len, data, len);
    input_close(path, fd);
    return error;
}

void input_list_init(input_list *list)
{
    list->paths = NULL;
    list->count = 0;
    list->capacity = 0;
}

void input_list_free(input_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->paths[i]);
    free(list->paths);
    input_list_init(list);
}

/* Take ownership of path. */
static int take_path(input_list *list, char *path)
{
    if (!path)
        return ENOMEM;
    if (list->count == list->capacity) {
        size_t capacity = list->capacity ? list->capacity * 2 : 16;
        char **bigger = realloc(list->paths, capacity * sizeof *bigger);
        if (!bigger) {
            free(path);
            return ENOMEM;
        }
        list->paths = bigger;
        list->capacity = capacity;
    }
    list->paths[list->count++] = path;
    return 0;
}

int input_list_add(input_list *list, const char *path)
{
    return take_path(list, strdup(path));
}

static char *join_path(const char *dir, const char *name)
{
    size_t dir_len = strlen(dir), name_len = strlen(name);
    int need_slash = dir_len > 0 && dir[dir_len - 1] != '/';
    char *path = malloc(dir_len + need_slash + name_len + 1);

    if (!path)
        return NULL;
    memcpy(path, dir, dir_len);
    if (need_slash)
        path[dir_len] = '/';
    memcpy(path + dir_len + need_slash, name, name_len + 1);
    return path;
}

/* Byte order, not the locale's collation, so the order is the same everywhere. */
static int compare_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int wanted_file(const char *path, const char *name, const input_walk *walk)
{
    struct stat st;

    return stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
           (!walk->glob || fnmatch(walk->glob, name, 0) == 0);
}

/* A real directory, not a link to one: following links could loop. */
static int is_subdirectory(const char *path)
{
    struct stat st;

    return lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int add_tree(input_list *list, const char *dir_path, const input_walk *walk);

/* One entry of a directory: a wanted file is taken, a subdirectory walked
 * into when the walk is recursive, anything else (sockets, FIFOs, devices,
 * files the glob leaves out) skipped. */
static int add_entry(input_list *list, const char *dir_path, const char *name,
                     const input_walk *walk)
{
    char *path = join_path(dir_path, name);
    int error = 0;

    if (!path)
        return ENOMEM;
    if (walk->recursive && is_subdirectory(path))
        error = add_tree(list, path, walk);
    else if (wanted_file(path, name, walk))
        return take_path(list, path);
    free(path);
    return error;
}

/* The visible entries of one directory, unsorted. */
static int add_tree(input_list *list, const char *dir_path, const input_walk *walk)
{
    DIR *dir = opendir(dir_path);
    struct dirent *entry;
    int error = 0;

    if (!dir)
        return errno;
    errno = 0;
    while (!error && (entry = readdir(dir)) != NULL) {
        if (entry->d_name[0] != '.')
            error = add_entry(list, dir_path, entry->d_name, walk);
        errno = 0;
    }
    if (!error && errno)
        error = errno;
    closedir(dir);
    return error;
}

int input_is_directory(const char *path)
{
    struct stat st;

    return strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int input_list_add_expanded(input_list *list, const char *path, const input_walk *walk)
{
    size_t first = list->count;
    int error;

    if (!input_is_directory(path))
        return input_list_add(list, path);
    error = add_tree(list, path, walk);
    /* An empty directory adds nothing, and qsort() must not see a NULL array. */
    if (list->count > first)
        qsort(list->paths + first, list->count - first, sizeof *list->paths, compare_paths);
    return error;
}

void input_describe_too_large(char *buf, size_t cap, size_t len, size_t max_len)
{
    if (len == max_len + 1)
        snprintf(buf, cap, "the input is more than %zu bytes, the limit (--max-input); "
                 "reading stopped there", max_len);
    else
        snprintf(buf, cap, "the input is %zu bytes, more than the %zu allowed (--max-input)",
                 len, max_len);
}

void input_report_error(const char *path, int error)
{
    fprintf(stderr, "frnews: %s: %s\n", path, strerror(error));
}
