/* Flat groups (duplicate clusters, stories, merged quotations): their
 * release, apart from the index so that every stage that builds groups can
 * release them without calling back into coverage.c. */
#include <stdlib.h>
#include <string.h>
#include "coverage-private.h"

void frnp_cov_groups_clear(frnp_cov_groups *groups)
{
    free(groups->start);
    free(groups->members);
    memset(groups, 0, sizeof *groups);
}
