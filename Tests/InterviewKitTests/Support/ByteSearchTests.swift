@testable import InterviewKit
import Testing

/// Finding a cue in a text by its bytes gives what a search by Characters gives for the ASCII cues the engine uses.
@Suite struct ByteSearchTests {
    @Test(arguments: [
        (" tell me about a time you ", "a time ", true),
        ("ends with the cue", "cue", true),
        ("cue at the start", "cue", true),
        ("a tim", "a time", false),
        ("", "a", false),
        ("anything", "", true),
        ("sales went up ↑ after the café launch", "went up", true),
        ("naïve reading of “would you” in quotes", "would you", true),
        ("the same word twice: timetime", "timetim", true),
        ("almost the word: aaab", "aab", true),
        ("not here at all", "here at all!", false),
    ])
    func findsTheCueWhereItIs(text: String, cue: String, found: Bool) {
        #expect(text.containsBytes(of: cue) == found)
    }
}
