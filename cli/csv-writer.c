/* RFC 4180 fields. */
#include <string.h>
#include "csv-writer.h"

void csv_begin_row(csv_row *row, FILE *out)
{
    row->out = out;
    row->fields = 0;
}

static int needs_quotes(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n')
            return 1;
    return 0;
}

void csv_field(csv_row *row, const char *s, size_t len)
{
    if (row->fields++)
        putc(',', row->out);
    if (!s)
        return;
    if (!needs_quotes(s, len)) {
        fwrite(s, 1, len, row->out);
        return;
    }
    putc('"', row->out);
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"')
            putc('"', row->out);
        putc(s[i], row->out);
    }
    putc('"', row->out);
}

void csv_cstring(csv_row *row, const char *s)
{
    csv_field(row, s, s ? strlen(s) : 0);
}

void csv_size(csv_row *row, size_t n)
{
    char number[32];

    snprintf(number, sizeof number, "%zu", n);
    csv_cstring(row, number);
}

void csv_double(csv_row *row, double x)
{
    char number[32];

    snprintf(number, sizeof number, "%.3f", x);
    csv_cstring(row, number);
}

void csv_end_row(csv_row *row)
{
    fputs("\r\n", row->out);
}

void csv_header(FILE *out, const char *const *names)
{
    csv_row row;

    csv_begin_row(&row, out);
    while (*names)
        csv_cstring(&row, *names++);
    csv_end_row(&row);
}
