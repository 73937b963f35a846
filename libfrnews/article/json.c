/* The JSON reader: recursive descent with a depth limit. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "core/array.h"
#include "json.h"

typedef struct json_parser {
    const char *text;
    size_t len, pos;
    frnp_json *json;
    frnp_json_result result;
} json_parser;

static void skip_space(json_parser *p)
{
    while (p->pos < p->len && (p->text[p->pos] == ' ' || p->text[p->pos] == '\t' ||
                               p->text[p->pos] == '\n' || p->text[p->pos] == '\r'))
        p->pos++;
}

static int fail(json_parser *p, frnp_json_result result)
{
    if (p->result == FRNP_JSON_OK)
        p->result = result;
    return 0;
}

static size_t new_node(json_parser *p, frnp_json_type type, size_t key)
{
    frnp_json *j = p->json;

    if (!frnp_array_reserve(&j->nodes, &j->capacity, j->count + 1, sizeof *j->nodes)) {
        fail(p, FRNP_JSON_NOMEM);
        return FRNP_JSON_NONE;
    }
    j->nodes[j->count] = (frnp_json_node){type, key, FRNP_JSON_NONE, FRNP_JSON_NONE, FRNP_JSON_NONE};
    return j->count++;
}

static int put_bytes(json_parser *p, const char *bytes, size_t n)
{
    frnp_json *j = p->json;

    if (!frnp_array_reserve(&j->strings, &j->strings_capacity, j->strings_len + n, 1))
        return fail(p, FRNP_JSON_NOMEM);
    memcpy(j->strings + j->strings_len, bytes, n);
    j->strings_len += n;
    return 1;
}

static int put_code_point(json_parser *p, uint32_t c)
{
    char out[4];
    size_t n;

    if (c < 0x80) {
        out[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        out[0] = (char)(0xF0 | (c >> 18));
        out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    return put_bytes(p, out, n);
}

static int read_hex4(json_parser *p, uint32_t *value)
{
    *value = 0;
    if (p->pos + 4 > p->len)
        return 0;
    for (int i = 0; i < 4; i++) {
        char c = p->text[p->pos++];
        int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (digit < 0)
            return 0;
        *value = *value * 16 + (uint32_t)digit;
    }
    return 1;
}

/* \uXXXX, with a surrogate pair joined; a lone surrogate becomes U+FFFD. */
static int read_unicode_escape(json_parser *p)
{
    uint32_t c, low;

    if (!read_hex4(p, &c))
        return fail(p, FRNP_JSON_SYNTAX);
    if (c >= 0xD800 && c <= 0xDBFF && p->pos + 6 <= p->len && p->text[p->pos] == '\\' &&
        p->text[p->pos + 1] == 'u') {
        size_t back = p->pos;
        p->pos += 2;
        if (read_hex4(p, &low) && low >= 0xDC00 && low <= 0xDFFF)
            return put_code_point(p, 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00));
        p->pos = back;
    }
    return put_code_point(p, c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c);
}

/* A string at p->pos (its opening quote), decoded; returns its offset. */
static size_t read_string(json_parser *p)
{
    size_t start = p->json->strings_len;

    p->pos++;
    while (p->pos < p->len && p->text[p->pos] != '"') {
        const char *run = p->text + p->pos;
        size_t n = 0;
        while (p->pos + n < p->len && run[n] != '"' && run[n] != '\\')
            n++;
        if (n && !put_bytes(p, run, n))
            return FRNP_JSON_NONE;
        p->pos += n;
        if (p->pos < p->len && p->text[p->pos] == '\\') {
            static const char escapes[] = "\"\\/bfnrt", decoded[] = "\"\\/\b\f\n\r\t";
            const char *e;
            if (++p->pos >= p->len)
                break;
            if (p->text[p->pos] == 'u') {
                p->pos++;
                if (!read_unicode_escape(p))
                    return FRNP_JSON_NONE;
                continue;
            }
            e = strchr(escapes, p->text[p->pos]);
            if (!e || !*e || !put_bytes(p, &decoded[e - escapes], 1))
                return fail(p, FRNP_JSON_SYNTAX), FRNP_JSON_NONE;
            p->pos++;
        }
    }
    if (p->pos >= p->len)
        return fail(p, FRNP_JSON_SYNTAX), FRNP_JSON_NONE;
    p->pos++;
    return put_bytes(p, "", 1) ? start : FRNP_JSON_NONE;
}

static size_t read_value(json_parser *p, size_t key, int depth);

/* Members of an object or items of an array, linked under parent. */
static int read_children(json_parser *p, size_t parent, char close, int depth)
{
    size_t last = FRNP_JSON_NONE;

    p->pos++;
    skip_space(p);
    if (p->pos < p->len && p->text[p->pos] == close) {
        p->pos++;
        return 1;
    }
    for (;;) {
        size_t key = FRNP_JSON_NONE, child;
        skip_space(p);
        if (close == '}') {
            if (p->pos >= p->len || p->text[p->pos] != '"')
                return fail(p, FRNP_JSON_SYNTAX);
            key = read_string(p);
            skip_space(p);
            if (key == FRNP_JSON_NONE || p->pos >= p->len || p->text[p->pos] != ':')
                return fail(p, FRNP_JSON_SYNTAX);
            p->pos++;
        }
        child = read_value(p, key, depth + 1);
        if (child == FRNP_JSON_NONE)
            return 0;
        if (last == FRNP_JSON_NONE)
            p->json->nodes[parent].first = child;
        else
            p->json->nodes[last].next = child;
        last = child;
        skip_space(p);
        if (p->pos < p->len && p->text[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->pos < p->len && p->text[p->pos] == close) {
            p->pos++;
            return 1;
        }
        return fail(p, FRNP_JSON_SYNTAX);
    }
}

static int matches_word(json_parser *p, const char *word)
{
    size_t n = strlen(word);

    if (p->pos + n > p->len || memcmp(p->text + p->pos, word, n) != 0)
        return 0;
    p->pos += n;
    return 1;
}

static size_t read_scalar(json_parser *p, size_t key)
{
    static const struct { const char *word; frnp_json_type type; } words[] = {
        {"null", FRNP_JSON_NULL}, {"true", FRNP_JSON_TRUE}, {"false", FRNP_JSON_FALSE},
    };
    size_t start = p->pos, node;

    for (size_t i = 0; i < 3; i++)
        if (matches_word(p, words[i].word))
            return new_node(p, words[i].type, key);
    while (p->pos < p->len && strchr("+-.0123456789eE", p->text[p->pos]) && p->text[p->pos])
        p->pos++;
    if (p->pos == start)
        return fail(p, FRNP_JSON_SYNTAX), FRNP_JSON_NONE;
    node = new_node(p, FRNP_JSON_NUMBER, key);
    if (node == FRNP_JSON_NONE)
        return node;
    p->json->nodes[node].value = p->json->strings_len;
    if (!put_bytes(p, p->text + start, p->pos - start) || !put_bytes(p, "", 1))
        return FRNP_JSON_NONE;
    return node;
}

static size_t read_value(json_parser *p, size_t key, int depth)
{
    size_t node;
    char c;

    skip_space(p);
    if (p->pos >= p->len || depth > FRNP_JSON_MAX_DEPTH)
        return fail(p, FRNP_JSON_SYNTAX), FRNP_JSON_NONE;
    c = p->text[p->pos];
    if (c == '{' || c == '[') {
        node = new_node(p, c == '{' ? FRNP_JSON_OBJECT : FRNP_JSON_ARRAY, key);
        if (node == FRNP_JSON_NONE || !read_children(p, node, c == '{' ? '}' : ']', depth))
            return FRNP_JSON_NONE;
        return node;
    }
    if (c == '"') {
        size_t value = read_string(p);
        if (value == FRNP_JSON_NONE)
            return FRNP_JSON_NONE;
        node = new_node(p, FRNP_JSON_STRING, key);
        if (node != FRNP_JSON_NONE)
            p->json->nodes[node].value = value;
        return node;
    }
    return read_scalar(p, key);
}

frnp_json_result frnp_json_parse(const char *text, size_t len, frnp_json *json)
{
    json_parser p = {text, len, 0, json, FRNP_JSON_OK};

    memset(json, 0, sizeof *json);
    if (read_value(&p, FRNP_JSON_NONE, 0) == FRNP_JSON_NONE && p.result == FRNP_JSON_OK)
        p.result = FRNP_JSON_SYNTAX;
    if (p.result != FRNP_JSON_OK)
        frnp_json_release(json);
    return p.result;
}

void frnp_json_release(frnp_json *json)
{
    free(json->nodes);
    free(json->strings);
    memset(json, 0, sizeof *json);
}

size_t frnp_json_member(const frnp_json *json, size_t object, const char *key)
{
    if (object == FRNP_JSON_NONE || json->nodes[object].type != FRNP_JSON_OBJECT)
        return FRNP_JSON_NONE;
    for (size_t c = json->nodes[object].first; c != FRNP_JSON_NONE; c = json->nodes[c].next)
        if (strcmp(json->strings + json->nodes[c].key, key) == 0)
            return c;
    return FRNP_JSON_NONE;
}

const char *frnp_json_string(const frnp_json *json, size_t node)
{
    if (node == FRNP_JSON_NONE || json->nodes[node].type != FRNP_JSON_STRING)
        return NULL;
    return json->strings + json->nodes[node].value;
}
