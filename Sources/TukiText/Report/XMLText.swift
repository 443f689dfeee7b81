/// Text made safe inside XML and HTML elements and quoted attributes.
public enum XMLText {
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            // XML 1.0 has no control characters but tab, line feed and carriage return (a scenario name with ESC made
            // the chart's SVG unreadable), and DEL and C1 are best not shown.
            case _ where character.unicodeScalars.contains(where: \.isHiddenControl): result.append("\u{FFFD}")
            default: result.append(character)
            }
        }
        return result
    }
}
