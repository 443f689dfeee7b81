// Makes the system ICU (Debian libicu-dev) visible to the C++ facade in CTukiICU.
// Swift code never imports this module: ICU's C types clash with Foundation's copy.
#include <unicode/utypes.h>
