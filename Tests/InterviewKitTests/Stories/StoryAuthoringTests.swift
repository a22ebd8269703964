import InterviewKit
import Testing

/// `stories add` as a reducer: every step, the follow-up after each part, and the story it writes.
@Suite struct StoryAuthoringTests {
    let bank = StoryReviewTests.builtIn
    static let existing = [Story(title: "Refunds in a day", line: 12, principles: [.customerObsession], text: "I did it.", textLine: 13)]

    /// Feeds `entries` in order and returns the state and every effect.
    func author(_ entries: [StoryAuthoringEvent], role: Track? = nil) -> (StoryAuthoring, [StoryAuthoringEffect]) {
        var authoring = StoryAuthoring(existing: Self.existing, role: role, track: .pm, level: .l5)
        var effects = authoring.start()
        for entry in entries { effects += authoring.reduce(entry, bank: bank) }
        return (authoring, effects)
    }

    /// Answers every step; a follow-up, when one comes, is passed on with an empty reply.
    func walk(title: String = "Onboarding emails", principles: String = "ownership, Dive Deep", parts: [String], role: Track? = nil)
        -> (StoryAuthoring, [StoryAuthoringEffect]) {
        var authoring = StoryAuthoring(existing: Self.existing, role: role, track: .pm, level: .l5)
        var effects = authoring.start()
        effects += authoring.reduce(.entered(title), bank: bank)
        effects += authoring.reduce(.entered(principles), bank: bank)
        for part in parts {
            effects += authoring.reduce(part.isEmpty ? .skipped : .entered(part), bank: bank)
            if case .reply = authoring.step { effects += authoring.reduce(.entered(""), bank: bank) }
        }
        return (authoring, effects)
    }

    static let parts = [
        "In 2022 I was the product manager for onboarding at a bookkeeping startup. Half of new users never came back after the first day.",
        "I read the session logs myself and rewrote the welcome emails. I chose to drop the video tour to ship in two weeks.",
        "Activation rose from 22% to 30% in six weeks.",
        "I would test fewer variants at once next time.",
    ]

    var asked: (StoryAuthoringEffect) -> StoryAuthoring.Step? {
        { if case .ask(let step) = $0 { step } else { nil } }
    }

    @Test func itAsksTheTitleThePrinciplesThenEachPartInTurn() {
        let (authoring, effects) = walk(parts: Self.parts)
        let steps = effects.compactMap(asked).filter { if case .reply = $0 { false } else { true } }
        #expect(steps == [.title, .principles, .part(.situation), .part(.action), .part(.result), .part(.learning)])
        #expect(authoring.step == .finished)
        guard case .finished(let addition) = effects.last else {
            Issue.record("the last effect is the finished story: \(effects)")
            return
        }
        #expect(addition.markdown.hasPrefix("## Onboarding emails\nPrinciples: ownership, dive-deep\n\n### Situation\n" + Self.parts[0] + "\n"))
        #expect(addition.markdown.contains("\n\n### Action\n\(Self.parts[1])\n\n### Result\n\(Self.parts[2])\n\n### Learning\n\(Self.parts[3])\n"))
        #expect(addition.markdown.hasSuffix("\n") && !addition.markdown.hasSuffix("\n\n"))
        let parsed = try? StoryParser.parse(addition.markdown, source: "new")
        #expect(parsed?.count == 1 && parsed?.first?.title == "Onboarding emails" && parsed?.first?.principles == [.ownership, .diveDeep])
        #expect(addition.story == parsed?.first)
        #expect(addition.review == StoryReviewer.review(addition.story, track: .pm, level: .l5, bank: bank), "read as stories check reads it")
    }

    @Test func theRoleIsWrittenAsTheRoleLine() {
        guard case .finished(let addition) = walk(parts: Self.parts, role: .pmm).1.last else {
            Issue.record("not finished")
            return
        }
        #expect(addition.markdown.hasPrefix("## Onboarding emails\nPrinciples: ownership, dive-deep\nRole: PMM\n"))
        #expect(addition.review.track == .pmm)
    }

    @Test func aTitleMustBeThereOnOneLineAndNotTaken() {
        for bad in ["", "   ", "refunds  IN a day", "two\nlines", "##"] {
            let (authoring, effects) = author([.entered(bad)])
            #expect(authoring.step == .title, "\(bad)")
            #expect(effects.contains { if case .problem = $0 { true } else { false } }, "\(bad)")
            #expect(effects.last == .ask(.title))
        }
        let (_, taken) = author([.entered("Refunds in a day")])
        #expect(taken.contains(.problem("The story on line 12 already has this title; give this one another.")))
        let (skipped, _) = author([.skipped])
        #expect(skipped.step == .title)
        let (good, _) = author([.entered("  Launch ## ")])
        #expect(good.title == "Launch" && good.step == .principles, "read as the file will read it")
    }

    @Test func anUnknownPrincipleSaysTheNearestAndAsksAgain() {
        let (authoring, effects) = author([.entered("Launch"), .entered("ownership, dive-deeper")])
        #expect(authoring.step == .principles)
        #expect(effects.contains { if case .problem(let text) = $0 { text.contains("did you mean `dive-deep`") } else { false } })
        let (none, _) = author([.entered("Launch"), .entered("")])
        #expect(none.step == .part(.situation) && none.principles.isEmpty)
        let (stretched, notes) = author([.entered("Launch"), .entered("ownership, think big, frugality, earn-trust, dive-deep")])
        #expect(stretched.principles.count == 5 && stretched.step == .part(.situation))
        #expect(notes.contains { if case .note(let text) = $0 { text.contains("5 principles") } else { false } })
    }

    /// A follow-up presses on the parts written, never on one still to come.
    @Test func theFollowUpAfterAPartLeavesLaterPartsAlone() throws {
        let vague = "We had a pricing page that confused people and we worked on it as a team."
        var authoring = StoryAuthoring(existing: [], role: nil, track: .pm, level: .l5)
        _ = authoring.reduce(.entered("Pricing page"), bank: bank)
        _ = authoring.reduce(.entered("earn-trust"), bank: bank)
        // Told whole, the same words would be asked first about a part not written yet.
        let whole = StoryReviewer.review(Story(title: "Pricing page", line: 1, principles: [.earnTrust], text: "### Situation\n" + vague, textLine: 2),
                                         track: .pm, level: .l5, bank: bank)
        let laterGaps: Set<Gap> = [.action, .ownership, .tradeoff, .result, .metrics, .customer, .learning]
        #expect(whole.judgement.probe.map { laterGaps.contains($0.target) } == true, "the test needs a story the engine would probe ahead of it")
        let effects = authoring.reduce(.entered(vague), bank: bank)
        for case .followUp(let probe, let part) in effects {
            #expect(part == .situation)
            #expect(!laterGaps.contains(probe.target) && probe.target != .depth, "\(probe.target)")
        }

        // After the action, result and learning are still to come.
        var second = StoryAuthoring(existing: [], role: nil, track: .pm, level: .l5)
        for entry in ["Pricing page", "earn-trust"] { _ = second.reduce(.entered(entry), bank: bank) }
        _ = second.reduce(.skipped, bank: bank)
        let afterAction = second.reduce(.entered("We worked on it as a team and made it better."), bank: bank)
        let probes = afterAction.compactMap { if case .followUp(let probe, _) = $0 { probe } else { nil } }
        let probe = try #require(probes.first, "a vague action gets a follow-up")
        #expect([Gap.action, .ownership, .tradeoff, .situation, .specificity].contains(probe.target), "\(probe.target)")
        if let quote = probe.quote {
            #expect(quote.split(separator: " ").allSatisfy { "We worked on it as a team and made it better".contains($0.trimmingCharacters(in: .punctuationCharacters)) },
                    "it quotes the story's words: \(quote)")
        }
        #expect(second.step == .reply(.action))
    }

    @Test func aReplyIsAddedToItsPartAndAnEmptyOneGoesOn() throws {
        var authoring = StoryAuthoring(existing: [], role: nil, track: .pm, level: .l5)
        for entry in ["Pricing page", "earn-trust"] { _ = authoring.reduce(.entered(entry), bank: bank) }
        _ = authoring.reduce(.skipped, bank: bank)
        _ = authoring.reduce(.entered("We worked on it as a team and made it better."), bank: bank)
        try #require(authoring.step == .reply(.action))
        let effects = authoring.reduce(.entered("I rewrote the page myself."), bank: bank)
        #expect(authoring.texts[.action] == "We worked on it as a team and made it better.\nI rewrote the page myself.")
        #expect(effects == [.ask(.part(.result))], "one follow-up per part")

        var passing = StoryAuthoring(existing: [], role: nil, track: .pm, level: .l5)
        for entry in ["Pricing page", "earn-trust"] { _ = passing.reduce(.entered(entry), bank: bank) }
        _ = passing.reduce(.skipped, bank: bank)
        _ = passing.reduce(.entered("We worked on it as a team and made it better."), bank: bank)
        _ = passing.reduce(.entered(""), bank: bank)
        #expect(passing.texts[.action] == "We worked on it as a team and made it better." && passing.step == .part(.result))
    }

    @Test func noFollowUpPhrasingOrGapIsUsedTwice() {
        let (authoring, _) = walk(parts: ["We had a problem.", "We fixed it.", "It got better.", "Not much."])
        let texts = authoring.followUps.map(\.text)
        #expect(Set(texts).count == texts.count)
        let targets = authoring.followUps.map(\.target)
        #expect(Set(targets).count == targets.count, "\(targets)")
    }

    @Test func headingsTypedInAPartStayWordsOfTheStory() {
        let (authoring, effects) = walk(parts: ["## Not a new story\n# Nor a file title\n### A heading inside is fine", "I did it.", "", ""])
        #expect(authoring.texts[.situation] == "\\## Not a new story\n\\# Nor a file title\n### A heading inside is fine")
        guard case .finished(let addition) = effects.last else {
            Issue.record("not finished")
            return
        }
        #expect((try? StoryParser.parse(addition.markdown, source: "new"))?.count == 1)
    }

    @Test func wordsTheFileWouldMisreadAreRefusedWithTheReason() {
        for bad in ["Principles: ownership\nI did it.", "```\ncode that never closes", "<!-- a comment that never closes"] {
            let (authoring, effects) = author([.entered("Launch"), .entered("ownership"), .entered(bad)])
            #expect(authoring.step == .part(.situation), "\(bad)")
            #expect(authoring.texts.isEmpty)
            #expect(effects.suffix(2).first.map { if case .problem = $0 { true } else { false } } == true, "\(bad): \(effects)")
        }
    }

    @Test func aStoryWithNoTextAsksForTheActionAgain() {
        let (authoring, effects) = walk(parts: ["", "", "", ""])
        #expect(authoring.step == .part(.action))
        #expect(effects.suffix(2) == [.problem("A story needs some text; tell at least what you did."), .ask(.part(.action))])
    }

    @Test(arguments: [("", ""), ("a", "\n\n"), ("a\n", "\n"), ("a\n\n", ""), ("a\r\n", "\n"), ("a\r\n\r\n", ""), ("\n", ""), ("a  ", "\n\n")])
    func theStoryStartsAfterABlankLine(_ existing: String, _ separator: String) {
        #expect(StoryAddition.separator(after: existing) == separator)
    }
}
