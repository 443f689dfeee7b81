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
    static func format(_ pattern: String, locale: String,
                       arguments: [String: MessageArgument]) throws(ICUMessageError) -> String {
        var owned: [UnsafeMutablePointer<CChar>] = []
        defer { owned.forEach { free($0) } }
        func copy(_ text: String) -> UnsafePointer<CChar> {
            let pointer = strdup(text)!
            owned.append(pointer)
            return UnsafePointer(pointer)
        }
        let cArguments = arguments.sorted { $0.key < $1.key }.map { name, value in
            switch value {
            case let .number(number):
                TukiMessageArgument(name: copy(name), isNumber: 1, number: number, text: nil)
            case let .text(text):
                TukiMessageArgument(name: copy(name), isNumber: 0, number: 0, text: copy(text))
            }
        }
        return try withGrowingBuffer { output, capacity, error, errorCapacity in
            cArguments.withUnsafeBufferPointer { list in
                tuki_format_message(locale, pattern, list.baseAddress, Int32(list.count),
                                    output, capacity, error, errorCapacity)
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
    private static func withGrowingBuffer(
        _ call: (UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<CChar>, Int32) -> Int32
    ) throws(ICUMessageError) -> String {
        var capacity = 512
        let errorCapacity = 512
        while true {
            var output = [CChar](repeating: 0, count: capacity)
            var error = [CChar](repeating: 0, count: errorCapacity)
            let result = output.withUnsafeMutableBufferPointer { out in
                error.withUnsafeMutableBufferPointer { err in
                    call(out.baseAddress!, Int32(capacity), err.baseAddress!, Int32(errorCapacity))
                }
            }
            if result < 0 { throw ICUMessageError(description: decode(error, length: error.firstIndex(of: 0))) }
            if Int(result) < capacity { return decode(output, length: Int(result)) }
            capacity = Int(result) + 1
        }
    }

    private static func decode(_ buffer: [CChar], length: Int?) -> String {
        String(decoding: buffer.prefix(length ?? buffer.count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
