import Testing
import TukiEngine
@testable import TukiText

/// Text from a scenario (its name) reaches JSON, HTML and SVG: control characters must be escaped or replaced there,
/// and nothing else touched.
@Suite struct EscapingTests {
    @Test func jsonEscapesC0DelAndC1AndKeepsEveryOtherCharacter() {
        let text = JSONValue.string("a\u{1B}b\u{7F}c\u{85}d\u{9B}e é ½ \u{A0} € 🙂 \"q\" \\").serialized()
        #expect(text == "\"a\\u001bb\\u007fc\\u0085d\\u009be é ½ \u{A0} € 🙂 \\\"q\\\" \\\\\"")
    }

    @Test func xmlReplacesControlCharactersAndKeepsEveryOtherCharacter() {
        // A name with ESC made the sweep chart's SVG unreadable.
        #expect(XMLText.escaped("a\u{1B}[2J\tb\u{85} é \u{A0} <&>") == "a\u{FFFD}[2J\tb\u{FFFD} é \u{A0} &lt;&amp;&gt;")
    }
}
