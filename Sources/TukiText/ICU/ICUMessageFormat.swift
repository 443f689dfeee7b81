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
                       arguments: [(name: String, value: MessageArgument)]) throws(ICUMessageError) -> String {
        var strings: [CChar] = []
        var offsets: [(name: Int, text: Int?, number: Double)] = []
        offsets.reserveCapacity(arguments.count)
        func append(_ text: String) -> Int {
            let offset = strings.count
            var text = text
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { strings.append(contentsOf: $0) }
            }
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
    /// The text is written into a stack buffer first and copied once into a string of its own size;
    /// the error text is read only on failure.
    private static func withGrowingBuffer(
        _ call: (UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<CChar>, Int32) -> Int32
    ) throws(ICUMessageError) -> String {
        let errorCapacity = 512
        let stackCapacity = 2048
        return try withUnsafeTemporaryAllocation(of: CChar.self, capacity: errorCapacity + stackCapacity) { buffer throws(ICUMessageError) -> String in
            let error = buffer.baseAddress!, output = buffer.baseAddress! + errorCapacity
            error[0] = 0
            let result = call(output, Int32(stackCapacity), error, Int32(errorCapacity))
            if result < 0 { throw ICUMessageError(description: String(cString: error)) }
            if Int(result) < stackCapacity {
                return output.withMemoryRebound(to: UInt8.self, capacity: Int(result)) {
                    String(decoding: UnsafeBufferPointer(start: $0, count: Int(result)), as: UTF8.self)
                }
            }
            // Longer than the stack buffer: once more into a heap buffer of the size asked for.
            var capacity = Int(result) + 1
            while true {
                var heap = [CChar](repeating: 0, count: capacity)
                let again = heap.withUnsafeMutableBufferPointer { call($0.baseAddress!, Int32(capacity), error, Int32(errorCapacity)) }
                if again < 0 { throw ICUMessageError(description: String(cString: error)) }
                if Int(again) < capacity {
                    return String(decoding: heap.prefix(Int(again)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                }
                capacity = Int(again) + 1
            }
        }
    }
}
