#include "CTukiICU.h"

#include <set>
#include <string>
#include <vector>
#include <cstring>

#include <unicode/locid.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

using icu::Formattable;
using icu::Locale;
using icu::MessageFormat;
using icu::MessagePattern;
using icu::UnicodeString;

namespace {

void writeError(const std::string &message, char *error, int capacity) {
    if (error == nullptr || capacity <= 0) return;
    std::strncpy(error, message.c_str(), capacity - 1);
    error[capacity - 1] = '\0';
}

int writeOutput(const std::string &text, char *output, int capacity) {
    int needed = static_cast<int>(text.size());
    if (output == nullptr || needed + 1 > capacity) return needed;
    std::memcpy(output, text.data(), text.size());
    output[needed] = '\0';
    return needed;
}

std::string describe(const char *what, UErrorCode status, const UParseError &parseError) {
    std::string message = std::string(what) + ": " + u_errorName(status);
    if (parseError.offset >= 0) message += " at offset " + std::to_string(parseError.offset);
    return message;
}

}  // namespace

extern "C" int tuki_format_message(const char *locale, const char *pattern,
                                   const TukiMessageArgument *arguments, int argumentCount,
                                   char *output, int outputCapacity,
                                   char *error, int errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    parseError.offset = -1;
    MessageFormat format(UnicodeString::fromUTF8(pattern), Locale(locale), parseError, status);
    if (U_FAILURE(status)) {
        writeError(describe("message syntax", status, parseError), error, errorCapacity);
        return -1;
    }
    std::vector<UnicodeString> names;
    std::vector<Formattable> values;
    names.reserve(argumentCount);
    values.reserve(argumentCount);
    for (int i = 0; i < argumentCount; ++i) {
        names.emplace_back(UnicodeString::fromUTF8(arguments[i].name));
        if (arguments[i].isNumber) {
            values.emplace_back(arguments[i].number);
        } else {
            values.emplace_back(UnicodeString::fromUTF8(arguments[i].text));
        }
    }
    UnicodeString result;
    format.format(names.data(), values.data(), argumentCount, result, status);
    if (U_FAILURE(status)) {
        writeError(describe("message arguments", status, parseError), error, errorCapacity);
        return -1;
    }
    std::string utf8;
    result.toUTF8String(utf8);
    return writeOutput(utf8, output, outputCapacity);
}

extern "C" int tuki_message_argument_names(const char *pattern,
                                           char *output, int outputCapacity,
                                           char *error, int errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    parseError.offset = -1;
    MessagePattern parsed(UnicodeString::fromUTF8(pattern), &parseError, status);
    if (U_FAILURE(status)) {
        writeError(describe("message syntax", status, parseError), error, errorCapacity);
        return -1;
    }
    std::set<std::string> seen;
    std::string joined;
    for (int32_t i = 0; i < parsed.countParts(); ++i) {
        const MessagePattern::Part &part = parsed.getPart(i);
        std::string name;
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_NAME) {
            parsed.getSubstring(part).toUTF8String(name);
        } else if (part.getType() == UMSGPAT_PART_TYPE_ARG_NUMBER) {
            // Numbered arguments ({0}) are reported too, so a check against named ones catches them.
            name = std::to_string(part.getValue());
        } else {
            continue;
        }
        if (!seen.insert(name).second) continue;
        if (!joined.empty()) joined += '\n';
        joined += name;
    }
    return writeOutput(joined, output, outputCapacity);
}
