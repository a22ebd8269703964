import InterviewKit
import Testing

/// The stories an interview holds: `/stories`, and answers held against the file's numbers.
@Suite struct StoryShelfTests {
    static func story(_ title: String, _ principles: [Principle], _ text: String = "I did it myself.") -> Story {
        Story(title: title, line: 1, principles: principles, text: text, textLine: 2)
    }

    @Test func theStoriesThatFitTheQuestionComeFirstByItsFirstPrinciple() {
        let shelf = StoryShelf(stories: [
            Self.story("Frugal", [.frugality]),
            Self.story("Second", [.customerObsession, .ownership]),
            Self.story("Both", [.ownership, .customerObsession]),
            Self.story("Lead", [.ownership]),
            Self.story("Churn", [], "I dug into the churn data myself for a week and found the root cause in the logs."),
        ])
        let question = Question(id: "q", text: "Tell me about a time you owned a problem for a customer.", principles: [.ownership, .customerObsession])
        #expect(shelf.fitting(question).map(\.story.title) == ["Both", "Lead", "Second"])
        #expect(shelf.fitting(question).map(\.number) == [3, 4, 2], "numbered as the file has them")
        let deep = Question(id: "d", text: "Tell me about a time you dug into data.", principles: [.diveDeep])
        #expect(shelf.fitting(deep).map(\.story.title) == ["Churn"], "a story with no Principles: line counts for what its words point at")
        #expect(shelf.fitting(deep).first?.guessed == true)
        #expect(shelf.fitting(Question(id: "t", text: "Tell me about a hire.", principles: [.hireAndDevelopTheBest])).isEmpty)
    }

    static let bankStory = """
        In 2023 I was the product manager for payments at a regional online grocer. A refund took nine days on average and
        refunds were the most common reason for one-star reviews. I read two hundred refund tickets myself and approved small
        refunds at once for customers with a clean history. Refund contacts to support dropped by 38% within two months.
        """

    /// One bar-raiser question answered with `answer`, with the file's story held against it.
    func debrief(answering answer: String, notes: [StoryNote]) throws -> (RoundDebrief, TranscriptRecord.DebriefRecord) {
        var state = try Fixtures.state(rounds: [.barRaiser], depth: 0, questions: 1)
        state.storyNotes = notes
        var effects = try Interview.reduce(&state, .started(at: "t", toolVersion: "test"))
        effects += try Interview.reduce(&state, .answerSubmitted(text: answer, seconds: 60))
        let shown = effects.compactMap { if case .showDebrief(let debrief) = $0 { debrief } else { nil } }
        let written = effects.compactMap { if case .record(.debrief(let record)) = $0 { record } else { nil } }
        return (try #require(shown.first), try #require(written.first))
    }

    @Test func anAnswerThatRetellsAStoryWithOtherNumbersIsFlaggedInTheDebrief() throws {
        let retold = Self.bankStory.replacingOccurrences(of: "38%", with: "45%")
        let notes = [StoryNote(title: "Refunds in a day", text: Self.bankStory)]
        let (debrief, record) = try debrief(answering: retold, notes: notes)
        let flag = try #require(debrief.inconsistencies.first)
        #expect(flag.contains("“Refunds in a day”") && flag.contains("says 38%") && flag.contains("said 45%"), "\(flag)")
        #expect(record.inconsistencies == debrief.inconsistencies, "the transcript keeps the flag")

        let (unflagged, _) = try self.debrief(answering: retold, notes: [])
        #expect(unflagged.inconsistencies.isEmpty)
        #expect(unflagged.vote == debrief.vote, "a flag, not a cost: the file may be the one out of date")
    }

    @Test func theSameNumbersOrAnotherStoryAreNoFlag() throws {
        let notes = [StoryNote(title: "Refunds in a day", text: Self.bankStory)]
        #expect(try debrief(answering: Self.bankStory, notes: notes).0.inconsistencies.isEmpty)
        #expect(try debrief(answering: Fixtures.strongAnswer, notes: notes).0.inconsistencies.isEmpty)
    }
}
