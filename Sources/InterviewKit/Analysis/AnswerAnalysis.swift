/// What an answer (or a whole story: an answer and its follow-up replies) contains.
public struct AnswerAnalysis: Equatable, Sendable {
    public var wordCount: Int
    /// Each signal with the text that proves it, in the order found.
    public var signals: SignalTable
    /// Something about the answer as a whole that needs a response of its own.
    public var issue: AnswerIssue?
    /// Whether the answer speaks of work at all (a team, a product, a customer, a manager…).
    public var mentionsWork: Bool
    /// Past-tense verbs in the answer: how much of it is told as a story.
    public var pastVerbs: Int = 0
    /// Words for virtues and manners ("empathy", "constructively"): how much the answer names
    /// qualities instead of showing them.
    public var mannerWords: Int = 0
    /// The first words under an Action heading, when the answer has one.
    public var actionSection: Evidence?
    /// Sentences with words of their own (headings, and notes with neither subject nor verb, not counted).
    public var sentenceCount: Int = 0
    /// The STAR parts the candidate labelled with headings.
    public var sections: Set<StoryPart> = []
    /// Sentences that tell what happened rather than a view.
    public var narratedSentences: Int = 0
    /// Words under each labelled section.
    public var sectionWords: [StoryPart: Int] = [:]
    /// Whether the story's first sentence is already a step ("I cut the form to four fields"):
    /// it goes straight to the action, with nothing before it of what was wrong or at stake.
    public var opensOnAStep = false
    /// Whether the answer speaks of life outside work (a hobby, the weekend).
    public var mentionsOutsideWork: Bool { has(.outsideWork) }

    public init(wordCount: Int = 0, signals: SignalTable = SignalTable(), issue: AnswerIssue? = nil, mentionsWork: Bool = false) {
        self.wordCount = wordCount
        self.signals = signals
        self.issue = issue
        self.mentionsWork = mentionsWork
    }

    public func has(_ kind: SignalKind) -> Bool { !(signals[kind]?.isEmpty ?? true) }

    public func count(_ kind: SignalKind) -> Int { signals[kind]?.count ?? 0 }

    public func first(_ kind: SignalKind) -> Evidence? { signals[kind]?.first }

    /// A real past example was asked for but the answer speaks of what the candidate would do.
    public var isHypothetical: Bool {
        let hypothetical = count(.hypothetical)
        let past = count(.actionByMe) + count(.actionByUs) + count(.actionByOther)
        return hypothetical > 0 && past <= hypothetical / 2 && pastVerbs < hypothetical * 2 + 2
    }

    /// The share of the answer's sentences that tell what happened rather than a view.
    public var narratedShare: Double {
        sentenceCount == 0 ? 0 : Double(narratedSentences) / Double(sentenceCount)
    }

    /// Steps the candidate or the team took that are more than effort ("tried to", "made sure").
    public var concreteActions: Int {
        max(count(.actionByMe) + count(.actionByUs) + count(.passiveAction) - count(.vagueAction), 0)
    }

    /// The candidate's own steps that are only effort ("I helped with testing", "I made sure…").
    public var effortOnlyStepsOfMine: Int { effortOnlySteps(.actionByMe) }

    /// The team's steps that are more than effort: "we stayed on track" is none.
    public var concreteStepsOfOurs: Int { count(.actionByUs) - effortOnlySteps(.actionByUs) }

    func effortOnlySteps(_ kind: SignalKind) -> Int {
        guard let steps = signals[kind], let effort = signals[.vagueAction] else { return 0 }
        let effortOffsets = Set(effort.map(\.offset))
        return steps.filter { effortOffsets.contains($0.offset) }.count
    }

    /// One story told over several answers (the first, then the replies to follow-ups), read as one.
    public static func story<Answers: Collection<AnswerAnalysis>>(of answers: Answers) -> AnswerAnalysis {
        guard var story = answers.first else { return AnswerAnalysis() }
        for later in answers.dropFirst() { story.merge(later) }
        return story
    }

    /// Combines the analyses of the parts of one story: a signal anywhere in the story counts.
    /// `later` is a reply to a follow-up on this story.
    public func merged(with later: AnswerAnalysis) -> AnswerAnalysis {
        var result = self
        result.merge(later)
        return result
    }

    /// Adds a later part of the story to this one, as `merged(with:)` does, in place: a story built
    /// one reply at a time then grows its own lists instead of copying them at each reply.
    mutating func merge(_ later: AnswerAnalysis) {
        // A reply that ends on what is still to come ("we roll it out to Europe next quarter")
        // after the story told how it ended leaves that outcome standing.
        let endingStands = !has(.pendingOutcome) && (has(.result) || has(.quantifiedResult))
        // A number given later answers an earlier vague result. A reply to a follow-up that gives
        // figures ("we lost 2 demo days") gives them about the story's outcome, result verb or not.
        if later.has(.quantifiedResult) || later.has(.quantity) { signals[.vagueResult] = nil }
        // A reply told only in "I" says what the candidate's part was: the earlier "we" is explained.
        if later.has(.actionByMe) && !later.has(.actionByUs) { signals[.actionByUs] = nil }
        // A reply that tells how it ended answers an ending still to come.
        if later.has(.result) || later.has(.quantifiedResult) {
            signals[.pendingOutcome] = nil
            signals[.placeholder] = nil
        }
        wordCount += later.wordCount
        for (kind, evidence) in later.signals {
            if kind == .pendingOutcome && endingStands { continue }
            signals.append(contentsOf: evidence, to: kind)
        }
        if !has(.quantifiedResult), let figures = later.signals[.quantity] { signals[.quantifiedResult] = figures }
        issue = later.issue
        mentionsWork = mentionsWork || later.mentionsWork
        pastVerbs += later.pastVerbs
        mannerWords += later.mannerWords
        actionSection = actionSection ?? later.actionSection
        // `opensOnAStep` stays the first answer's: how the story opens is told there.
        sentenceCount += later.sentenceCount
        sections.formUnion(later.sections)
        narratedSentences += later.narratedSentences
        sectionWords.merge(later.sectionWords, uniquingKeysWith: +)
    }
}
