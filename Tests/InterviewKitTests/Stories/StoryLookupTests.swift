import InterviewKit
import Testing

@Suite struct StoryLookupTests {
    static let stories = [
        Story(title: "Refunds in a day", line: 3, text: "I did it.", textLine: 4),
        Story(title: "The pricing page", line: 8, text: "I did it.", textLine: 9),
        Story(title: "The 2", line: 12, text: "I did it.", textLine: 13),
        Story(title: "Pricing for schools", line: 15, text: "I did it.", textLine: 16),
    ]

    func find(_ reference: String) throws -> String {
        try StoryLookup.find(reference, in: Self.stories, source: "stories.md").title
    }

    @Test func aTitleInAnyCaseAndSpacing() throws {
        #expect(try find("refunds  IN a day") == "Refunds in a day")
    }

    @Test func aNumberAsCheckListsThem() throws {
        #expect(try find("1") == "Refunds in a day")
        #expect(try find("4") == "Pricing for schools")
    }

    @Test func aWholeTitleOutranksANumber() throws {
        #expect(try find("the 2") == "The 2")
    }

    @Test func wordsOfOneTitle() throws {
        #expect(try find("refunds") == "Refunds in a day")
    }

    @Test func wordsOfSeveralTitlesNameThemAll() {
        #expect(throws: StoryFileError.ambiguousStory("pricing", source: "stories.md", matches: [Self.stories[1], Self.stories[3]])) {
            try find("pricing")
        }
        let message = StoryFileError.ambiguousStory("pricing", source: "stories.md", matches: [Self.stories[1], Self.stories[3]]).description
        #expect(message.hasPrefix("stories.md: ") && message.contains("line 8 `The pricing page`") && message.contains("line 15"))
    }

    @Test func nothingThatFitsSaysWhatWouldHaveWorked() {
        for reference in ["5", "0", "holidays", ""] {
            #expect(throws: StoryFileError.noSuchStory(reference, source: "stories.md", count: 4)) { try find(reference) }
        }
        #expect(StoryFileError.noSuchStory("5", source: "stories.md", count: 4).description.contains("not a number from 1 to 4"))
    }
}
