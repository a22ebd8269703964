import Foundation
@testable import InterviewKit
import Testing

/// The exports' escaping, done in one pass, gives what replacing one character at a time gave.
@Suite struct MarkupEscapeTests {
    @Test(arguments: ["", "plain text", "a & b", "<b>bold</b> & \"quoted\"", "line\nbreak & <tag>", "café 😀 <中文>\n\n", "&amp; already"])
    func oneByOne(_ text: String) {
        let markdown = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        #expect(MarkdownExport.escape(text) == markdown)
        let html = markdown.replacingOccurrences(of: "\"", with: "&quot;")
        #expect(HTMLExport.escape(text) == html)
        #expect(HTMLExport.paragraphs(text) == html.replacingOccurrences(of: "\n", with: "<br>"))
    }

    @Test(arguments: ["", "one", "a\nb", "a\n\nb\n", "\n", "crlf\r\nstays one line", "é\n😀\n中文", "\r\n\n\r"])
    func linesSplitWhereCharactersSplit(_ text: String) {
        #expect(MarkupEscape.lines(text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test(arguments: ["", "plain\ntext\n", "crlf\r\nline", "tab\there", "esc \u{1B}[31m", "del \u{7F}", "c1 \u{85} and \u{9F}", "\u{A0}\u{A9}",
                      "bidi \u{202E}x", "\u{200E}", "\u{200F}", "\u{2066}", "\u{2069}", "’typographic’ — “quotes” … \u{2065}\u{206A}", "a & b", "<tag>", "é\n😀\n中文"])
    func plainLinesOnlyWhenNothingIsEscaped(_ text: String) {
        let lines = MarkupEscape.lines(text)
        let unchanged = lines.allSatisfy { MarkdownExport.escape(String($0)) == String($0) }
        #expect(MarkdownExport.plainLines(text) == (unchanged ? lines : nil))
    }
}
