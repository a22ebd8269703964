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
}
