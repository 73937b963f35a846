/* Options of a coverage index. */
#include <math.h>
#include <stdlib.h>
#include "coverage-private.h"

const frn_coverage_options frnp_cov_default_options = {
    FRN_COVERAGE_DEFAULT_DUPLICATE_THRESHOLD, FRN_COVERAGE_DEFAULT_STORY_THRESHOLD,
    FRN_COVERAGE_DEFAULT_STORY_WINDOW
};

frn_status frn_coverage_options_new(frn_coverage_options **out)
{
    if (!out)
        return FRN_ERR_INVALID_ARG;
    *out = malloc(sizeof **out);
    if (!*out)
        return FRN_ERR_NOMEM;
    **out = frnp_cov_default_options;
    return FRN_OK;
}

void frn_coverage_options_free(frn_coverage_options *options)
{
    free(options);
}

static int is_threshold(double value)
{
    return value > 0.0 && value <= 1.0; /* false for NaN too */
}

frn_status frn_coverage_options_set_duplicate_threshold(frn_coverage_options *options,
                                                        double threshold)
{
    if (!options || !is_threshold(threshold))
        return FRN_ERR_INVALID_ARG;
    options->duplicate_threshold = threshold;
    return FRN_OK;
}

frn_status frn_coverage_options_set_story_threshold(frn_coverage_options *options,
                                                    double threshold)
{
    if (!options || !is_threshold(threshold))
        return FRN_ERR_INVALID_ARG;
    options->story_threshold = threshold;
    return FRN_OK;
}

frn_status frn_coverage_options_set_story_window(frn_coverage_options *options, double days)
{
    if (!options || !(days > 0.0) || !isfinite(days))
        return FRN_ERR_INVALID_ARG;
    options->story_window_days = days;
    return FRN_OK;
}
