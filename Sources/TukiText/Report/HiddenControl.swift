extension Unicode.Scalar {
    /// A control character no reader should be sent: C0 but tab, line feed and carriage return, DEL and C1. Text from a
    /// file (a scenario's name) holding one cleared a terminal, or made an SVG unreadable.
    public var isHiddenControl: Bool {
        (value < 0x20 && self != "\t" && self != "\n" && self != "\r") || (0x7F...0x9F).contains(value)
    }
}
