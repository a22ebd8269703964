@testable import InterviewKit
import Testing

/// Trimming over bytes gives what trimming Character by Character gives, on plain text and on
/// the text where the two could part: Unicode spaces, combining marks, CR LF, prepended marks.
@Suite struct TrimmingTests {
    static let pieces = [" ", "\t", "\n", "\r\n", "\u{0B}", "\u{85}", "\u{A0}", "\u{2028}", "\u{3000}", "\u{301}", "\u{600}",
                         "a", ".", "…", "e\u{301}", "😀", "\u{200D}", "\u{1F}", "\u{7F}"]

    @Test func bytesAndCharactersTrimAlike() {
        var texts = ["", "  ", "plain", "  We shipped it.  ", "\n\tIt worked\r\n"]
        for first in Self.pieces {
            for second in Self.pieces {
                texts += [first + second, first + "x" + second, second + "x y" + first, first + second + "z" + first]
            }
        }
        for text in texts {
            #expect(Array(text.trimmingWhitespace().utf8) == Array(text.trimmingWhitespaceCharacters().utf8), "\(text.debugDescription)")
        }
    }
}
