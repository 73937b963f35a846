/* The main of every Check suite: each check_*.c defines frn_test_suite();
 * this runs it and succeeds only when no test failed. A suite built with
 * FRN_TEST_PRECONDITION defined also defines frn_test_precondition(), whose
 * non-zero answer is the exit status instead (77: skipped). */
#include <check.h>
#include <stdlib.h>
#include "test-support.h"

int main(void)
{
    SRunner *runner;
    int failed;

#ifdef FRN_TEST_PRECONDITION
    failed = frn_test_precondition();
    if (failed != 0)
        return failed;
#endif
    runner = srunner_create(frn_test_suite());
    srunner_run_all(runner, CK_NORMAL);
    failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
