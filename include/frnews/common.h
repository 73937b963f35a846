/**
 * @file frnews/common.h
 * @brief Status codes, spans and the per-thread context shared by every module.
 *
 * Include `<frnews.h>` rather than this header.
 */
#ifndef FRNEWS_COMMON_H
#define FRNEWS_COMMON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @cond INTERNAL */
#if defined(_WIN32) && defined(FRN_BUILDING_LIBRARY)
#define FRN_API __declspec(dllexport)
#elif defined(__GNUC__) && defined(FRN_BUILDING_LIBRARY)
#define FRN_API __attribute__((visibility("default")))
#else
#define FRN_API
#endif
/** @endcond */

/**
 * The status table: X(name, value, message). Append only: a value, once
 * released, never changes meaning. Expands to the enum, the names and the
 * static messages, so the three cannot drift apart.
 */
#define FRN_STATUS_MAP(X)                                                     \
    X(OK, 0, "success")                                                       \
    X(ERR_NOMEM, 1, "out of memory")                                          \
    X(ERR_INVALID_ARG, 2, "invalid argument")                                 \
    X(ERR_UTF8, 3, "input is not valid UTF-8")                                \
    X(ERR_EMPTY, 4, "input holds no text")                                    \
    X(ERR_ICU, 5, "Unicode library (ICU) failure")                            \
    X(ERR_UNSUPPORTED, 6, "not supported")                                    \
    X(ERR_HTML, 7, "HTML could not be parsed")                                \
    X(ERR_RANGE, 8, "index out of range")                                     \
    X(ERR_STATE, 9, "call not valid in the object's current state")           \
    X(ERR_TOO_LARGE, 10, "input too large")                                   \
    X(ERR_FORMAT, 11, "data is not in the expected format")                   \
    X(ERR_VERSION, 12, "data of a format or schema version not supported")    \
    X(ERR_IO, 13, "input/output or database failure")                         \
    X(ERR_FULL, 14, "disk or database full")                                  \
    X(ERR_READONLY, 15, "cannot write: read-only")

/** Result of every fallible call. Values are stable across releases. */
typedef enum frn_status {
#define FRN_STATUS_ENUM_ENTRY(name, value, message) FRN_##name = value,
    FRN_STATUS_MAP(FRN_STATUS_ENUM_ENTRY)
#undef FRN_STATUS_ENUM_ENTRY
    FRN_STATUS_LIMIT_ /**< one past the largest value; not a status */
} frn_status;

/**
 * Static English message for a status, e.g. "input is not valid UTF-8".
 * @param status any value; unknown values give "unknown status".
 * @return a string with static storage; never NULL.
 */
FRN_API const char *frn_status_str(frn_status status);

/**
 * Symbolic name of a status, e.g. "FRN_ERR_UTF8".
 * @param status any value; unknown values give "FRN_ERR_UNKNOWN".
 * @return a string with static storage; never NULL.
 */
FRN_API const char *frn_status_name(frn_status status);

/**
 * "No index" and "no position": what a getter returns for an index or a
 * byte position that does not exist.
 */
#define FRN_NONE ((size_t)-1)

/**
 * A half-open byte range [start, end) into a UTF-8 text. A tiny frozen value
 * type: its layout is part of the ABI.
 */
typedef struct frn_span {
    size_t start; /**< first byte */
    size_t end;   /**< one past the last byte */
} frn_span;

/**
 * Per-thread working state: the detailed message of the last failure and
 * cached Unicode segmenters. Use one context per thread; a context is never
 * used by two threads at once.
 */
typedef struct frn_ctx frn_ctx;

/**
 * Create a context.
 * @param[out] out receives the new context, or NULL on failure.
 * @return FRN_OK, FRN_ERR_INVALID_ARG (out is NULL) or FRN_ERR_NOMEM.
 * The caller owns the context and releases it with frn_ctx_free().
 */
FRN_API frn_status frn_ctx_new(frn_ctx **out);

/** Release a context. NULL is accepted and ignored. */
FRN_API void frn_ctx_free(frn_ctx *ctx);

/**
 * Detailed message of the last failed call made with this context, such as
 * "invalid UTF-8 sequence at byte 1234". Empty when the last call succeeded.
 * @return a string borrowed from the context, valid until its next call.
 */
FRN_API const char *frn_ctx_get_errmsg(const frn_ctx *ctx);

/**
 * Byte offset in the input where the last failure was found, or FRN_NONE
 * when it has no position.
 */
FRN_API size_t frn_ctx_get_errpos(const frn_ctx *ctx);

#ifdef __cplusplus
}
#endif

#endif /* FRNEWS_COMMON_H */
