/* Month names from ICU, looked up by binary search on the folded word. */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>
#include "core/context.h"
#include "month-names.h"
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

/* Fold a UTF-16 name into UTF-8 without a trailing full stop; 0 when it
 * does not fit or is too short to tell months apart. */
static int fold_name(const UChar *name, int32_t n, char out[NAME_BYTES])
{
    UChar folded[NAME_BYTES];
    UErrorCode err = U_ZERO_ERROR;
    int32_t folded_len = u_strFoldCase(folded, NAME_BYTES, name, n, U_FOLD_CASE_DEFAULT, &err), out_len;

    if (U_FAILURE(err) || folded_len >= NAME_BYTES)
        return 0;
    while (folded_len > 0 && (folded[folded_len - 1] == '.' || u_isspace(folded[folded_len - 1])))
        folded_len--;
    u_strToUTF8(out, NAME_BYTES - 1, &out_len, folded, folded_len, &err);
    if (U_FAILURE(err) || out_len >= NAME_BYTES || folded_len < 3)
        return 0;
    out[out_len] = '\0';
    return 1;
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
    UChar wide[NAME_BYTES];
    int32_t wide_len;
    UErrorCode err = U_ZERO_ERROR;

    if (end - pos >= NAME_BYTES)
        return 0;
    u_strFromUTF8(wide, NAME_BYTES, &wide_len, text + pos, (int32_t)(end - pos), &err);
    return U_SUCCESS(err) && wide_len < NAME_BYTES && fold_name(wide, wide_len, out);
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
