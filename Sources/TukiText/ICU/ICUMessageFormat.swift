import CTukiICU
import Foundation

/// A value handed to ICU MessageFormat: numbers drive `plural`, text is inserted as is.
enum MessageArgument: Sendable, Hashable {
    case number(Double)
    case text(String)
}

/// ICU refused a pattern or its arguments.
struct ICUMessageError: Error, Sendable, CustomStringConvertible {
    let description: String
}

/// Swift face of the C facade over the system ICU's MessageFormat.
enum ICUMessageFormat {
    /// Formats a pattern with named arguments for an ICU locale such as "fi_FI".
    ///
    /// The facade keeps each thread's compiled patterns, so only the arguments cross per call: their
    /// names and texts are copied, NUL-terminated, into one buffer instead of one allocation each.
    static func format(_ pattern: String, locale: String,
                       arguments: [String: MessageArgument]) throws(ICUMessageError) -> String {
        var strings: [CChar] = []
        var offsets: [(name: Int, text: Int?, number: Double)] = []
        offsets.reserveCapacity(arguments.count)
        func append(_ text: String) -> Int {
            let offset = strings.count
            strings.append(contentsOf: text.utf8.lazy.map { CChar(bitPattern: $0) })
            strings.append(0)
            return offset
        }
        for (name, value) in arguments {
            switch value {
            case let .number(number): offsets.append((append(name), nil, number))
            case let .text(text): offsets.append((append(name), append(text), 0))
            }
        }
        return try strings.withUnsafeBufferPointer { storage throws(ICUMessageError) -> String in
            let base = storage.baseAddress
            let cArguments = offsets.map { offset in
                TukiMessageArgument(name: base! + offset.name, isNumber: offset.text == nil ? 1 : 0,
                                    number: offset.number, text: offset.text.map { base! + $0 })
            }
            return try cArguments.withUnsafeBufferPointer { list throws(ICUMessageError) -> String in
                try withGrowingBuffer { output, capacity, error, errorCapacity in
                    tuki_format_message(locale, pattern, list.baseAddress, Int32(list.count),
                                        output, capacity, error, errorCapacity)
                }
            }
        }
    }

    /// The argument names a pattern uses; numbered arguments ({0}) appear as "0".
    static func argumentNames(in pattern: String) throws(ICUMessageError) -> Set<String> {
        let joined = try withGrowingBuffer { output, capacity, error, errorCapacity in
            tuki_message_argument_names(pattern, output, capacity, error, errorCapacity)
        }
        return Set(joined.split(separator: "\n").map(String.init))
    }

    /// Calls a facade function, retrying with the size it asks for when the buffer is too small.
    /// The text is written straight into the string's storage; the error text only on failure.
    private static func withGrowingBuffer(
        _ call: (UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<CChar>, Int32) -> Int32
    ) throws(ICUMessageError) -> String {
        var capacity = 1024
        let errorCapacity = 512
        return try withUnsafeTemporaryAllocation(of: CChar.self, capacity: errorCapacity) { error throws(ICUMessageError) -> String in
            error[0] = 0
            while true {
                var result: Int32 = 0
                // One byte more than the facade may use, for the NUL it writes after the text.
                let text = String(unsafeUninitializedCapacity: capacity + 1) { output in
                    result = output.withMemoryRebound(to: CChar.self) { out in
                        call(out.baseAddress!, Int32(capacity + 1), error.baseAddress!, Int32(errorCapacity))
                    }
                    return result >= 0 && Int(result) <= capacity ? Int(result) : 0
                }
                if result < 0 { throw ICUMessageError(description: String(cString: error.baseAddress!)) }
                if Int(result) <= capacity { return text }
                capacity = Int(result)
            }
        }
    }
}
