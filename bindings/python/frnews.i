/* The private low-level module frnews._core: the C API of libfrnews as it is,
 * with the "frn_" prefix dropped. Programs use the Pythonic package `frnews`
 * built on top of it (frnews/__init__.py), never this module directly.
 *
 * What the typemaps below make of the C conventions:
 * - a failed frn_status raises the frnews.Error subclass for that status,
 *   carrying the context's detailed message and byte position;
 * - out-parameters become return values (objects, lengths, spans, indexes);
 * - text in is (const char *utf8, size_t len) taken from str or bytes;
 *   strings out are str, decoded from UTF-8 with the length the C call gives;
 * - objects are plain pointers: the Python layer frees each one with its
 *   matching _free call, so nothing here owns memory.
 */
%define FRN_CORE_DOC
"Private SWIG wrapper of the libfrnews C API; use the frnews package instead."
%enddef
%module(package="frnews", threads="1", docstring=FRN_CORE_DOC) _core

%feature("autodoc", "1");

/* The GIL stays held everywhere except around the calls that do real work. */
%nothread;
%thread frn_article_parse;
%thread frn_quote_list_extract;
%thread frn_coverage_add;
%thread frn_coverage_add_record;
%thread frn_coverage_build;
%thread frn_coverage_query_new;
%thread frn_coverage_record_new;
%thread frn_coverage_record_decode;
%thread frn_store_open;
%thread frn_store_put;
%thread frn_store_load;
%thread frn_store_commit;
%thread frn_store_evict_before;
%thread frn_store_save_results;

%{
#include <frnews.h>

/* A byte position for Python: None when the failure has none. */
static PyObject *frn_py_position(size_t pos)
{
    return pos == (size_t)-1 ? SWIG_Py_Void() : PyLong_FromSize_t(pos);
}

/* Raise the frnews.Error subclass for a failed status, built by
 * frnews.errors.error_for_status(). The detailed message and position come
 * from the context when the call had one. */
static void frn_py_raise(frn_status status, const frn_ctx *ctx)
{
    const char *detail = ctx ? frn_ctx_get_errmsg(ctx) : "";
    const char *message = detail[0] ? detail : frn_status_str(status);
    PyObject *position = frn_py_position(ctx ? frn_ctx_get_errpos(ctx) : (size_t)-1);
    PyObject *errors = position ? PyImport_ImportModule("frnews.errors") : NULL;
    PyObject *error = errors ? PyObject_CallMethod(errors, "error_for_status", "ssO",
                                                   frn_status_name(status), message, position)
                             : NULL;

    Py_XDECREF(position);
    Py_XDECREF(errors);
    if (!error)
        return; /* the failure to build it is the exception raised */
    PyErr_SetObject((PyObject *)Py_TYPE(error), error);
    Py_DECREF(error);
}
%}


%rename("%(strip:[frn_])s") "";

/* ---- status → exception --------------------------------------------- */

/* Calls without a context raise with the status's static message. */
%typemap(out) frn_status {
    if ($1 != FRN_OK) {
        frn_py_raise($1, NULL);
        SWIG_fail;
    }
    $result = SWIG_Py_Void();
}

/* Calls whose first argument is the context raise with its detailed message. */
%typemap(out) frn_status frn_article_parse, frn_status frn_quote_list_extract,
              frn_status frn_coverage_new, frn_status frn_coverage_add,
              frn_status frn_coverage_build, frn_status frn_coverage_add_record,
              frn_status frn_coverage_record_new, frn_status frn_coverage_record_decode,
              frn_status frn_coverage_query_new, frn_status frn_store_open,
              frn_status frn_store_begin, frn_status frn_store_commit,
              frn_status frn_store_rollback, frn_status frn_store_put,
              frn_status frn_store_evict_before, frn_status frn_store_load,
              frn_status frn_store_save_results {
    if ($1 != FRN_OK) {
        frn_py_raise($1, arg1);
        SWIG_fail;
    }
    $result = SWIG_Py_Void();
}

/* ---- text in ---------------------------------------------------------- */

/* str is passed as its UTF-8 form (str holding lone surrogates raises
 * UnicodeEncodeError here); bytes are passed as they are, for the library to
 * validate. Both objects are immutable and held by the call's arguments, so
 * the buffer stays valid while the GIL is released. */
%typemap(in) (const char *utf8, size_t len) {
    Py_ssize_t size;
    const char *bytes;

    if (PyUnicode_Check($input)) {
        bytes = PyUnicode_AsUTF8AndSize($input, &size);
    } else if (PyBytes_Check($input)) {
        char *raw;
        bytes = PyBytes_AsStringAndSize($input, &raw, &size) < 0 ? NULL : raw;
    } else {
        PyErr_SetString(PyExc_TypeError, "text must be str or bytes");
        SWIG_fail;
    }
    if (!bytes)
        SWIG_fail;
    $1 = ($1_ltype)bytes;
    $2 = (size_t)size;
}
%typemap(typecheck) (const char *utf8, size_t len) {
    $1 = PyUnicode_Check($input) || PyBytes_Check($input);
}

/* ---- out-parameters ------------------------------------------------- */

/* T **out: the new object, returned in place of the status. */
%define FRN_NEW_OBJECT_OUT(TYPE)
%typemap(in, numinputs=0) TYPE **out (TYPE *created = NULL) {
    $1 = &created;
}
%typemap(argout) TYPE **out {
    $result = SWIG_Python_AppendOutput($result, SWIG_NewPointerObj(created$argnum, $*1_descriptor, 0));
}
%enddef
FRN_NEW_OBJECT_OUT(frn_ctx)
FRN_NEW_OBJECT_OUT(frn_article_options)
FRN_NEW_OBJECT_OUT(frn_quote_options)
FRN_NEW_OBJECT_OUT(frn_coverage_options)
FRN_NEW_OBJECT_OUT(frn_article)
FRN_NEW_OBJECT_OUT(frn_quote_list)
FRN_NEW_OBJECT_OUT(frn_coverage)
FRN_NEW_OBJECT_OUT(frn_coverage_record)
FRN_NEW_OBJECT_OUT(frn_coverage_query)
FRN_NEW_OBJECT_OUT(frn_store)

/* Record bytes in: bytes (or bytearray/memoryview) as they are. */
%typemap(in) (const void *bytes, size_t len) (Py_buffer view) {
    if (PyObject_GetBuffer($input, &view, PyBUF_SIMPLE) < 0)
        SWIG_fail;
    $1 = view.buf;
    $2 = (size_t)view.len;
}
%typemap(freearg) (const void *bytes, size_t len) {
    PyBuffer_Release(&view$argnum);
}
/* Record bytes out: a bytes object. */
%typemap(out) const void *frn_coverage_record_get_bytes {
    $result = SWIG_Py_Void();
}
%typemap(in) (const frn_coverage_record *record, size_t *len) (size_t length = 0, void *argp = 0) {
    if (!SWIG_IsOK(SWIG_ConvertPtr($input, &argp, $1_descriptor, 0)))
        SWIG_exception_fail(SWIG_TypeError, "expected a frn_coverage_record");
    $1 = ($1_ltype)argp;
    $2 = &length;
}
%typemap(argout) (const frn_coverage_record *record, size_t *len) {
    Py_DECREF($result);
    $result = result ? PyBytes_FromStringAndSize((const char *)result, (Py_ssize_t)length$argnum)
                     : SWIG_Py_Void();
    if (!$result)
        SWIG_fail;
}
%typemap(in, numinputs=0) unsigned long *key (unsigned long written = 0) {
    $1 = &written;
}
%typemap(argout) unsigned long *key {
    $result = SWIG_Python_AppendOutput($result, PyLong_FromUnsignedLong(written$argnum));
}

/* (const char *, size_t *len): one str decoded with the length, so text
 * holding NUL bytes comes out whole. The return value is decoded there, not
 * by the const char * typemap below. */
%typemap(out) const char *frn_article_get_source, const char *frn_article_get_text,
              const char *frn_quote_get_text {
    $result = SWIG_Py_Void();
}
%typemap(in, numinputs=0) size_t *len (size_t length = 0) {
    $1 = &length;
}
%typemap(argout) size_t *len {
    Py_DECREF($result);
    $result = result ? PyUnicode_DecodeUTF8(result, (Py_ssize_t)length$argnum, "strict")
                     : SWIG_Py_Void();
    if (!$result)
        SWIG_fail;
}

/* Borrowed C strings come out as str, NULL as None. */
%typemap(out) const char * {
    $result = $1 ? PyUnicode_DecodeUTF8($1, (Py_ssize_t)strlen($1), "strict") : SWIG_Py_Void();
    if (!$result)
        SWIG_fail;
}

/* frn_span, returned or written: a (start, end) tuple of byte offsets. */
%typemap(out) frn_span {
    $result = Py_BuildValue("(nn)", (Py_ssize_t)$1.start, (Py_ssize_t)$1.end);
}
%typemap(in, numinputs=0) frn_span *span (frn_span written = {0, 0}) {
    $1 = &written;
}
%typemap(argout) frn_span *span {
    $result = SWIG_Python_AppendOutput($result, Py_BuildValue("(nn)", (Py_ssize_t)written$argnum.start,
                                                          (Py_ssize_t)written$argnum.end));
}

/* Indexes and measures written through pointers. */
%typemap(in, numinputs=0) size_t *OUT_INDEX (size_t written = 0) {
    $1 = &written;
}
%typemap(argout) size_t *OUT_INDEX {
    $result = SWIG_Python_AppendOutput($result, PyLong_FromSize_t(written$argnum));
}
%apply size_t *OUT_INDEX { size_t *a, size_t *b, size_t *article, size_t *index_out, size_t *removed, size_t *loaded };

%typemap(in, numinputs=0) double *similarity (double written = 0) {
    $1 = &written;
}
%typemap(argout) double *similarity {
    $result = SWIG_Python_AppendOutput($result, PyFloat_FromDouble(written$argnum));
}

%typemap(in, numinputs=0) const char **text (const char *written = NULL) {
    $1 = ($1_ltype)&written; /* SWIG declares the argument without its const */
}
%typemap(argout) const char **text {
    PyObject *text = written$argnum ? PyUnicode_DecodeUTF8(written$argnum, (Py_ssize_t)strlen(written$argnum), "strict")
                                    : SWIG_Py_Void();
    if (!text)
        SWIG_fail;
    $result = SWIG_Python_AppendOutput($result, text);
}

/* A position that may be absent: (size_t)-1 becomes None. */
%typemap(out) size_t frn_ctx_get_errpos, size_t frn_coverage_get_story_article,
              size_t frn_coverage_get_article_cluster, size_t frn_coverage_get_cluster_representative,
              size_t frn_coverage_get_cluster_article, size_t frn_coverage_get_quote_first_source,
              size_t frn_coverage_get_article_story, size_t frn_coverage_query_get_story,
              size_t frn_article_get_paragraph_html_offset {
    $result = frn_py_position($1);
}

/* ---- the API ----------------------------------------------------------- */

#define FRN_API
/* Spans travel as tuples (typemaps above), so the struct needs no wrapper. */
%ignore frn_span;
%include "frnews/common.h"
/* Only the run-time functions of version.h: its macros are generated by
 * configure, and baking them into the shipped wrapper would tie it to one
 * build. */
const char *frn_version_string(void);
unsigned frn_version_hex(void);
%include "frnews/article.h"
%include "frnews/quote.h"

%include "frnews/coverage.h"
%include "frnews/store.h"
