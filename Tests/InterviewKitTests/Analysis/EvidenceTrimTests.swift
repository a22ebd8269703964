@testable import InterviewKit
import Testing

/// Evidence quoted from a long sentence: its first twelve words and an ellipsis.
@Suite struct EvidenceTrimTests {
    static func trimmed(_ text: String) -> String {
        let reader = AnswerReader(bytes: [], tokens: [], sentences: [], framing: .pastExample)
        return reader.trimmed(Evidence(offset: 3, text: text)).text
    }

    @Test func aLongSentenceKeepsItsFirstTwelveWordsOneSpaceApart() {
        let long = "I  moved the weekly report to a shared dashboard after finance asked for the same numbers twice."
        #expect(Self.trimmed(long) == "I moved the weekly report to a shared dashboard after finance asked…")
        #expect(Self.trimmed("één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien")
                == "één twee drie vier vijf zes zeven acht negen tien elf twaalf…")
    }

    @Test(arguments: [
        "I moved the weekly report to a dashboard.",
        // Fifteen words have fourteen spaces between them: kept whole.
        "I moved the weekly report to a shared dashboard after finance asked for numbers twice.",
        "  leading spaces  and a few words ",
    ])
    func aShorterOneIsKeptWhole(_ text: String) {
        #expect(Self.trimmed(text) == text)
    }
}
