#include "CTukiICU.h"

#include <memory>
#include <set>
#include <string>
#include <unordered_map>
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

namespace {

/// Compiled formats of this thread, keyed by locale + '\0' + pattern.
///
/// Parsing a pattern (the MessageFormat constructor) costs far more than formatting with it, and a
/// report formats the same few hundred patterns over and over, so each is compiled once. The cache is
/// per thread, not shared: ICU's MessageFormat::format is const but not safe to call on one object
/// from several threads at once, because it creates its default number format and plural rules lazily
/// on first use through a const_cast (msgfmt.cpp: getDefaultNumberFormat, PluralSelectorProvider::select).
/// The catalogs hold a bounded set of patterns (a few hundred per language), so each thread's cache
/// stays bounded too; it is freed when the thread ends.
const MessageFormat *cachedFormat(const char *locale, const char *pattern, UParseError &parseError, UErrorCode &status) {
    thread_local std::unordered_map<std::string, std::unique_ptr<MessageFormat>> cache;
    std::string key(locale);
    key.push_back('\0');
    key.append(pattern);
    auto found = cache.find(key);
    if (found != cache.end()) return found->second.get();
    auto format = std::make_unique<MessageFormat>(UnicodeString::fromUTF8(pattern), Locale(locale), parseError, status);
    if (U_FAILURE(status)) return nullptr;  // a broken pattern is not cached: it fails the same way each time
    const MessageFormat *result = format.get();
    cache.emplace(std::move(key), std::move(format));
    return result;
}

}  // namespace

extern "C" int tuki_format_message(const char *locale, const char *pattern,
                                   const TukiMessageArgument *arguments, int argumentCount,
                                   char *output, int outputCapacity,
                                   char *error, int errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    parseError.offset = -1;
    const MessageFormat *cached = cachedFormat(locale, pattern, parseError, status);
    if (U_FAILURE(status) || cached == nullptr) {
        writeError(describe("message syntax", status, parseError), error, errorCapacity);
        return -1;
    }
    const MessageFormat &format = *cached;
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
