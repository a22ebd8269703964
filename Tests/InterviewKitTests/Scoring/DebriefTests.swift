import InterviewKit
import Testing

@Suite struct DebriefTests {
    @Test func aBarRaiserNoVetoesTheLoop() {
        let loop = LoopDebrief(votes: [
            .init(round: .screen, vote: .strongHire), .init(round: .hiringManager, vote: .strongHire),
            .init(round: .functional, vote: .inclined), .init(round: .barRaiser, vote: .notInclined),
        ])
        #expect(loop.decision == .notInclined && loop.vetoed)
    }

    @Test func aBarRaiserYesDoesNotOverruleTheOthers() {
        let loop = LoopDebrief(votes: [.init(round: .screen, vote: .notInclined), .init(round: .barRaiser, vote: .strongHire)])
        #expect(loop.decision == .inclined && !loop.vetoed)
    }

    @Test func nothingSaidIsInsufficientEvidenceNotANo() {
        let outcome = QuestionOutcome(questionID: "q", principles: [.diveDeep], skipped: false,
                                      rating: StoryRating(rating: .insufficientEvidence, evidence: [], points: nil), openGaps: [], dodged: [])
        let debrief = RoundDebrief(round: .barRaiser, outcomes: [outcome])
        #expect(debrief.vote == .insufficientEvidence)
        #expect(debrief.principles.first?.rating == .insufficientEvidence)
    }

    @Test func theSameStoryWithOtherNumbersIsFlagged() {
        let first = StoryConsistency.fingerprint(questionID: "q1", answers: [
            "At my last company I rebuilt the checkout address form for mobile shoppers and conversion went from 41% to 48% within six weeks of launch."])
        let retold = StoryConsistency.fingerprint(questionID: "q3", answers: [
            "I rebuilt the checkout address form for mobile shoppers at my last company, and conversion went from 41% to 55% within six weeks of launch."])
        let different = StoryConsistency.fingerprint(questionID: "q2", answers: [
            "I hired two analysts for the pricing team and coached a new manager through her first performance reviews over 3 quarters."])
        let notes = StoryConsistency.conflicts(in: [first, different, retold])
        #expect(notes.count == 1)
        #expect(notes.first?.contains("q1 and q3") == true && notes.first?.contains("48%") == true && notes.first?.contains("55%") == true)
        #expect(StoryConsistency.conflicts(in: [first, first]).isEmpty, "the same numbers are no conflict")
    }

    static func verdict(_ answer: String, level: Level) -> StoryRating {
        let context = FollowUpContext(question: Fixtures.story, round: .barRaiser, track: .pm, level: level, maxDepth: 3)
        return AnswerJudge.verdict(answers: [answer], in: context).rating
    }

    @Test func ratingsCiteTheCandidatesWords() {
        let rating = Self.verdict(Fixtures.strongAnswer, level: .l5)
        #expect(rating.rating == .strongHire || rating.rating == .inclined)
        #expect(!rating.evidence.isEmpty)
        #expect(rating.evidence.allSatisfy { Fixtures.strongAnswer.contains($0.replacingOccurrences(of: "…", with: "")) })
    }

    @Test func aSeniorLevelNeedsWiderScopeForAStrongHire() {
        let atL5 = Self.verdict(Fixtures.strongAnswer, level: .l5)
        let atL7 = Self.verdict(Fixtures.strongAnswer, level: .l7)
        #expect(atL7.rating < atL5.rating || atL5.rating != .strongHire)
        #expect(atL7.rating != .strongHire)
    }
}

@Suite struct SkipAdviceTests {
    @Test func aSkippedQuestionIsNamedAsWhatCostTheVote() {
        let answered = QuestionOutcome(questionID: "a", principles: [.ownership], skipped: false,
                                       rating: StoryRating(rating: .strongHire, evidence: ["I rebuilt it"], points: 8), openGaps: [], dodged: [])
        let skipped = QuestionOutcome(questionID: "b", principles: [.customerObsession], skipped: true,
                                      rating: StoryRating(rating: .insufficientEvidence, evidence: [], points: nil), openGaps: [], dodged: [])
        let debrief = RoundDebrief(round: .barRaiser, outcomes: [answered, skipped])
        #expect(debrief.vote == .notInclined)
        #expect(debrief.improvements.first?.hasPrefix("Answer every question: 1 skipped") == true)
        #expect(RoundDebrief(round: .barRaiser, outcomes: [answered]).improvements.isEmpty)
    }
}
