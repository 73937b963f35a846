/* A small JSON reader for the JSON-LD blocks of web pages: the whole value
 * parsed into a flat array of nodes (children linked by index), strings
 * decoded to UTF-8 in one buffer. Nesting deeper than FRNP_JSON_MAX_DEPTH
 * is refused, so the recursion stays bounded. */
#ifndef FRNP_JSON_H
#define FRNP_JSON_H

#include <stddef.h>

#define FRNP_JSON_MAX_DEPTH 64
#define FRNP_JSON_NONE ((size_t)-1)

typedef enum frnp_json_type {
    FRNP_JSON_NULL, FRNP_JSON_FALSE, FRNP_JSON_TRUE, FRNP_JSON_NUMBER,
    FRNP_JSON_STRING, FRNP_JSON_ARRAY, FRNP_JSON_OBJECT
} frnp_json_type;

typedef struct frnp_json_node {
    frnp_json_type type;
    size_t key;    /* an object member's name: offset in strings, or FRNP_JSON_NONE */
    size_t value;  /* a string's (or number's) text: offset in strings */
    size_t first;  /* first child of an array or object */
    size_t next;   /* next sibling */
} frnp_json_node;

typedef struct frnp_json {
    frnp_json_node *nodes;
    size_t count, capacity;
    char *strings; /* NUL-terminated strings, one after another */
    size_t strings_len, strings_capacity;
} frnp_json;

typedef enum frnp_json_result { FRNP_JSON_OK, FRNP_JSON_SYNTAX, FRNP_JSON_NOMEM } frnp_json_result;

/* Parse text (len bytes, UTF-8) into json, the root being node 0. On a
 * syntax error or no memory json holds nothing to release. */
frnp_json_result frnp_json_parse(const char *text, size_t len, frnp_json *json);

void frnp_json_release(frnp_json *json);

/* The member of object node named key, or FRNP_JSON_NONE. */
size_t frnp_json_member(const frnp_json *json, size_t object, const char *key);

/* The text of a string node, or NULL for another type or FRNP_JSON_NONE. */
const char *frnp_json_string(const frnp_json *json, size_t node);

#endif
