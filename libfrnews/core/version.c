/* Run-time version, for programs that must know what they are linked with. */
#include "frnews/version.h"

const char *frn_version_string(void)
{
    return FRN_VERSION_STRING;
}

unsigned frn_version_hex(void)
{
    return FRN_VERSION_HEX;
}
