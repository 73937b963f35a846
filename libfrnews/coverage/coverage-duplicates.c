/* Near-duplicate articles: LSH banding of the MinHash signatures gives the
 * candidate pairs (articles agreeing on a whole band), and each candidate is
 * kept when its estimated Jaccard similarity reaches the duplicate
 * threshold of the index's options. */
#include <stdlib.h>
#include <xxhash.h>
#include "core/context.h"
#include "coverage-private.h"

static int band_candidates(const frn_coverage *coverage, frnp_cov_pairs *pairs)
{
    frnp_cov_keyed *keyed = malloc((coverage->article_count + 1) * sizeof *keyed);

    if (!keyed)
        return 0;
    for (size_t band = 0; band < FRNP_MINHASH_BANDS; band++) {
        size_t count = 0;
        for (size_t i = 0; i < coverage->article_count; i++) {
            const uint32_t *sig = coverage->articles[i].signature;
            if (!sig)
                continue;
            keyed[count].key = XXH3_64bits_withSeed(sig + band * FRNP_MINHASH_ROWS,
                                                    FRNP_MINHASH_ROWS * sizeof *sig, band);
            keyed[count].item = i;
            count++;
        }
        if (!frnp_cov_pairs_from_keys(pairs, keyed, count, 0)) {
            free(keyed);
            return 0;
        }
    }
    free(keyed);
    frnp_cov_pairs_unique(pairs);
    return 1;
}

frn_status frnp_cov_find_duplicates(frn_ctx *ctx, const frn_coverage *coverage,
                                    frnp_cov_results *results)
{
    frnp_cov_pairs pairs = {NULL, 0, 0};
    size_t kept = 0;

    if (!band_candidates(coverage, &pairs)) {
        free(pairs.items);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    results->duplicates = malloc((pairs.count + 1) * sizeof *results->duplicates);
    if (!results->duplicates) {
        free(pairs.items);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    for (size_t i = 0; i < pairs.count; i++) {
        size_t a = pairs.items[i].a, b = pairs.items[i].b;
        double similarity = frnp_cov_signature_similarity(coverage->articles[a].signature,
                                                         coverage->articles[b].signature);
        if (similarity >= coverage->options.duplicate_threshold) {
            results->duplicates[kept].a = a;
            results->duplicates[kept].b = b;
            results->duplicates[kept].similarity = similarity;
            kept++;
        }
    }
    results->duplicate_count = kept;
    free(pairs.items);
    return FRN_OK;
}
