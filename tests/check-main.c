/* The main of every Check suite: each check_*.c defines frn_test_suite();
 * this runs it and succeeds only when no test failed. */
#include <check.h>
#include <stdlib.h>
#include "test-support.h"

int main(void)
{
    SRunner *runner = srunner_create(frn_test_suite());
    int failed;

    srunner_run_all(runner, CK_NORMAL);
    failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
