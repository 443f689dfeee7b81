#ifndef CTUKIICU_H
#define CTUKIICU_H

// A plain-C face over ICU MessageFormat. Only UTF-8 strings, doubles and buffers
// cross this boundary, so Swift modules that import Foundation can use it.

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// One named argument: either a number (for plural/select/number) or a UTF-8 string.
typedef struct {
    const char *name;
    int isNumber;
    double number;
    const char *text;
} TukiMessageArgument;

/// Formats `pattern` (ICU MessageFormat, named arguments) for `locale` (e.g. "fi_FI").
/// Writes NUL-terminated UTF-8 into `output`. Returns the length written, or -1 on
/// error with a description in `error` (also NUL-terminated). When `output` is too
/// small, returns the length needed (without the NUL) and writes nothing.
int tuki_format_message(const char *locale, const char *pattern,
                        const TukiMessageArgument *arguments, int argumentCount,
                        char *output, int outputCapacity,
                        char *error, int errorCapacity);

/// Writes the names of the arguments `pattern` uses (numbers for {0}-style ones),
/// separated by '\n', into `output`.
/// Returns the length written, -1 on a syntax error (described in `error`), or the
/// length needed when `output` is too small.
int tuki_message_argument_names(const char *pattern,
                                char *output, int outputCapacity,
                                char *error, int errorCapacity);

#ifdef __cplusplus
}
#endif

#endif
