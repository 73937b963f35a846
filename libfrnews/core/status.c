/* The status table expanded into names and messages (see FRN_STATUS_MAP). */
#include "frnews/common.h"

const char *frn_status_str(frn_status status)
{
    switch (status) {
#define FRNP_STATUS_MESSAGE(name, value, message) \
    case FRN_##name: return message;
        FRN_STATUS_MAP(FRNP_STATUS_MESSAGE)
#undef FRNP_STATUS_MESSAGE
    default: return "unknown status";
    }
}

const char *frn_status_name(frn_status status)
{
    switch (status) {
#define FRNP_STATUS_NAME(name, value, message) \
    case FRN_##name: return "FRN_" #name;
        FRN_STATUS_MAP(FRNP_STATUS_NAME)
#undef FRNP_STATUS_NAME
    default: return "FRN_ERR_UNKNOWN";
    }
}
