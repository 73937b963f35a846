/* Sorting 64-bit keys: a least-significant-digit radix sort, linear in the
 * number of keys, for the large sorts of the build (every band of every
 * article, every printed quotation). */
#include <string.h>
#include "coverage-sort.h"

/* The small sorts: a heapsort in place, its comparison inline (qsort's
 * callback a comparison cost more than the comparing). LESS(a, b) is a
 * total order, so the result does not depend on the input order. */
#define FRNP_DEFINE_HEAP_SORT(name, type, LESS)                                           \
    static void name##_sift(type *heap, size_t root, size_t count)                       \
    {                                                                                    \
        type moving = heap[root];                                                        \
        for (size_t child; (child = 2 * root + 1) < count; root = child) {               \
            if (child + 1 < count && LESS(heap[child], heap[child + 1]))                 \
                child++;                                                                 \
            if (!LESS(moving, heap[child]))                                              \
                break;                                                                   \
            heap[root] = heap[child];                                                    \
        }                                                                                \
        heap[root] = moving;                                                             \
    }                                                                                    \
    static void name(type *items, size_t count)                                          \
    {                                                                                    \
        for (size_t root = count / 2; root-- > 0;)                                       \
            name##_sift(items, root, count);                                             \
        for (size_t end = count; end-- > 1;) {                                           \
            type top = items[0];                                                         \
            items[0] = items[end];                                                       \
            items[end] = top;                                                            \
            name##_sift(items, 0, end);                                                  \
        }                                                                                \
    }

#define FRNP_U64_LESS(a, b) ((a) < (b))
#define FRNP_KEYED_LESS(a, b) ((a).key < (b).key || ((a).key == (b).key && (a).value < (b).value))

FRNP_DEFINE_HEAP_SORT(heap_sort_u64, uint64_t, FRNP_U64_LESS)
FRNP_DEFINE_HEAP_SORT(heap_sort_keyed, frnp_cov_keyed, FRNP_KEYED_LESS)

/* One least-significant-digit radix sort, 8 bits a pass, for both item
 * types: KEY(item) is the 64-bit key. Stable; digits every key shares
 * are skipped. */
#define FRNP_RADIX_SORT(items, scratch, count, type, KEY)                                 \
    do {                                                                                 \
        type *from_ = (items), *to_ = (scratch), *swap_;                                 \
        for (unsigned shift_ = 0; shift_ < 64; shift_ += 8) {                            \
            size_t offsets_[256 + 1] = {0};                                              \
            int all_same_ = 0;                                                           \
            for (size_t i_ = 0; i_ < (count); i_++)                                      \
                offsets_[((KEY(from_[i_]) >> shift_) & 0xFF) + 1]++;                     \
            for (size_t d_ = 1; d_ <= 256; d_++)                                         \
                all_same_ |= offsets_[d_] == (count);                                    \
            if (all_same_)                                                               \
                continue;                                                                \
            for (size_t d_ = 1; d_ <= 256; d_++)                                         \
                offsets_[d_] += offsets_[d_ - 1];                                        \
            for (size_t i_ = 0; i_ < (count); i_++)                                      \
                to_[offsets_[(KEY(from_[i_]) >> shift_) & 0xFF]++] = from_[i_];          \
            swap_ = from_;                                                               \
            from_ = to_;                                                                 \
            to_ = swap_;                                                                 \
        }                                                                                \
        if (from_ != (items))                                                            \
            memcpy((items), from_, (count) * sizeof *(items));                           \
    } while (0)

#define FRNP_VALUE_KEY(x) (x)
#define FRNP_ITEM_KEY(x) ((x).key)

void frnp_cov_sort_u64(uint64_t *keys, uint64_t *scratch, size_t count)
{
    if (count < 512) { /* below this, the counting passes cost more than a heapsort */
        heap_sort_u64(keys, count);
        return;
    }
    FRNP_RADIX_SORT(keys, scratch, count, uint64_t, FRNP_VALUE_KEY);
}

int frnp_cov_compare_keyed(const void *x, const void *y)
{
    const frnp_cov_keyed *a = x, *b = y;

    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return (a->value > b->value) - (a->value < b->value);
}

void frnp_cov_sort_keyed(frnp_cov_keyed *items, frnp_cov_keyed *scratch, size_t count)
{
    /* Stable either way: the small case breaks ties by value, which the
     * callers give in input order. */
    if (count < 512) {
        heap_sort_keyed(items, count);
        return;
    }
    FRNP_RADIX_SORT(items, scratch, count, frnp_cov_keyed, FRNP_ITEM_KEY);
}

/* One binary search for both item types: KEY(item) is the 64-bit key. */
#define FRNP_LOWER_BOUND(items, count, key, KEY)                                         \
    do {                                                                                 \
        size_t lo_ = 0, hi_ = (count);                                                   \
        while (lo_ < hi_) {                                                              \
            size_t mid_ = lo_ + (hi_ - lo_) / 2;                                         \
            if (KEY((items)[mid_]) < (key))                                              \
                lo_ = mid_ + 1;                                                          \
            else                                                                         \
                hi_ = mid_;                                                              \
        }                                                                                \
        return lo_;                                                                      \
    } while (0)

size_t frnp_cov_keyed_lower_bound(const frnp_cov_keyed *items, size_t count, uint64_t key)
{
    FRNP_LOWER_BOUND(items, count, key, FRNP_ITEM_KEY);
}

size_t frnp_cov_u64_lower_bound(const uint64_t *keys, size_t count, uint64_t key)
{
    FRNP_LOWER_BOUND(keys, count, key, FRNP_VALUE_KEY);
}
