/* Month names from ICU, looked up by binary search on the folded word
 * (the library's one fold, as every lookup). */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>
#include "core/context.h"
#include "month-names.h"
#include "text/text-fold.h"
#include "text/utf8.h"

#define NAME_BYTES 40

/* The languages whose names are read, most widely used on the web first:
 * where two languages give one word different months (Croatian "listopad"
 * is October, Czech November) the first one wins. */
static const char *const locales[] = {
    "en", "es", "fr", "de", "pt", "it", "nl", "pl", "ru", "tr", "sv", "da", "nb", "fi", "cs",
    "sk", "ro", "hu", "uk", "el", "id", "ca", "hr", "sl", "bg", "lt", "lv", "et", "sr",
};

typedef struct month_entry {
    char name[NAME_BYTES];
    int month;
    size_t order; /* where the locales' order put it */
} month_entry;

struct frnp_month_names {
    month_entry *entries;
    size_t count;
};

static int compare_entry(const void *a, const void *b)
{
    return strcmp(((const month_entry *)a)->name, ((const month_entry *)b)->name);
}

static int compare_entry_then_order(const void *a, const void *b)
{
    const month_entry *x = a, *y = b;
    int by_name = strcmp(x->name, y->name);

    return by_name ? by_name : (x->order > y->order) - (x->order < y->order);
}

/* Fold a UTF-8 name with the library's one fold (text/text-fold.h) into
 * out, without a trailing full stop or space; 0 when it does not fit or is
 * too short (under three characters) to tell months apart. */
static int fold_utf8_name(const char *name, size_t len, char out[NAME_BYTES])
{
    size_t consumed, n, chars = 0;

    while (len > 0 && (name[len - 1] == '.' || name[len - 1] == ' '))
        len--;
    n = frnp_fold(name, len, out, NAME_BYTES - 1, &consumed);
    if (consumed < len)
        return 0;
    out[n] = '\0';
    for (size_t i = 0; i < n; i++)
        chars += ((unsigned char)out[i] & 0xC0) != 0x80;
    return chars >= 3;
}

/* An ICU symbol (UTF-16), folded. */
static int fold_name(const UChar *name, int32_t n, char out[NAME_BYTES])
{
    char utf8[2 * NAME_BYTES];
    int32_t utf8_len;
    UErrorCode err = U_ZERO_ERROR;

    u_strToUTF8(utf8, (int32_t)sizeof utf8, &utf8_len, name, n, &err);
    return U_SUCCESS(err) && (size_t)utf8_len < sizeof utf8 && fold_utf8_name(utf8, (size_t)utf8_len, out);
}

static void add_locale(frnp_month_names *names, size_t cap, const char *locale)
{
    static const UDateFormatSymbolType kinds[] = {
        UDAT_MONTHS, UDAT_SHORT_MONTHS, UDAT_STANDALONE_MONTHS, UDAT_STANDALONE_SHORT_MONTHS,
    };
    UErrorCode err = U_ZERO_ERROR;
    UDateFormat *format = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, locale, NULL, 0, NULL, 0, &err);

    if (U_FAILURE(err))
        return;
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
        for (int32_t m = 0; m < 12 && names->count < cap; m++) {
            UChar symbol[NAME_BYTES];
            month_entry *e = &names->entries[names->count];
            int32_t n;
            err = U_ZERO_ERROR;
            n = udat_getSymbols(format, kinds[k], m, symbol, NAME_BYTES, &err);
            if (U_SUCCESS(err) && n < NAME_BYTES && fold_name(symbol, n, e->name)) {
                e->month = (int)m + 1;
                e->order = names->count++;
            }
        }
    udat_close(format);
}

/* Sort, then keep the first entry of each name in the locales' order. */
static void sort_unique(frnp_month_names *names)
{
    size_t out = 0;

    qsort(names->entries, names->count, sizeof *names->entries, compare_entry_then_order);
    for (size_t i = 0; i < names->count; i++)
        if (out == 0 || strcmp(names->entries[out - 1].name, names->entries[i].name) != 0)
            names->entries[out++] = names->entries[i];
    names->count = out;
}

static void release_names(void *data)
{
    frnp_month_names *names = data;

    if (names)
        free(names->entries);
    free(names);
}

const frnp_month_names *frnp_month_names_get(frn_ctx *ctx)
{
    size_t cap = sizeof locales / sizeof *locales * 48;
    frnp_month_names *names;

    if (!ctx)
        return NULL;
    names = frnp_ctx_slot(ctx, FRNP_CTX_SLOT_MONTHS);
    if (names)
        return names->count ? names : NULL;
    names = calloc(1, sizeof *names);
    if (!names)
        return NULL;
    names->entries = malloc(cap * sizeof *names->entries);
    if (!names->entries) {
        free(names);
        return NULL;
    }
    for (size_t i = 0; i < sizeof locales / sizeof *locales; i++)
        add_locale(names, cap, locales[i]);
    sort_unique(names);
    /* Kept even when empty, so that ICU is not asked again. */
    frnp_ctx_set_slot(ctx, FRNP_CTX_SLOT_MONTHS, names, release_names);
    return names->count ? names : NULL;
}

/* Fold the word at text[pos, end) into out; 0 when it does not fit. */
static int fold_word(const char *text, size_t pos, size_t end, char out[NAME_BYTES])
{
    return end - pos < NAME_BYTES && fold_utf8_name(text + pos, end - pos, out);
}

int frnp_month_at(const frnp_month_names *names, const char *text, size_t len, size_t pos,
                  size_t *name_len)
{
    month_entry key;
    const month_entry *found;
    size_t end = pos;

    if (!names)
        return 0;
    while (end < len) {
        size_t next = end;
        if (!u_isalpha(frnp_utf8_next(text, len, &next)))
            break;
        end = next;
    }
    if (end == pos || !fold_word(text, pos, end, key.name))
        return 0;
    found = bsearch(&key, names->entries, names->count, sizeof *names->entries, compare_entry);
    if (!found)
        return 0;
    *name_len = end - pos + (end < len && text[end] == '.');
    return found->month;
}
