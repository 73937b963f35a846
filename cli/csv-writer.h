/* CSV as RFC 4180 has it: fields separated by commas, rows ended by CRLF,
 * a field holding a comma, a quotation mark, CR or LF enclosed in
 * quotation marks with its quotation marks doubled. */
#ifndef FRN_CLI_CSV_WRITER_H
#define FRN_CLI_CSV_WRITER_H

#include <stddef.h>
#include <stdio.h>

typedef struct csv_row {
    FILE *out;
    int fields; /* written so far in this row */
} csv_row;

void csv_begin_row(csv_row *row, FILE *out);
/* A field of len bytes; NULL is an empty field. */
void csv_field(csv_row *row, const char *s, size_t len);
void csv_cstring(csv_row *row, const char *s);
void csv_size(csv_row *row, size_t n);
void csv_double(csv_row *row, double x);
void csv_end_row(csv_row *row);

/* A header row from a NULL-terminated list of names. */
void csv_header(FILE *out, const char *const *names);

#endif
