/// A follow-up question, with what it goes after and why: what `/why` shows and transcripts record.
public struct Probe: Codable, Equatable, Sendable {
    public var text: String
    public var target: Gap
    public var principle: Principle?
    /// One line: why this probe, now.
    public var reason: String
    /// The candidate's words the probe points at, if any.
    public var quote: String?
    /// A firmer re-ask after the candidate dodged the same gap.
    public var isFirm: Bool
    /// Set when the probe answers an awkward reply (empty, repeated, too long) rather than a gap.
    public var issue: AnswerIssue?

    public init(text: String, target: Gap, principle: Principle?, reason: String, quote: String? = nil, isFirm: Bool = false, issue: AnswerIssue? = nil) {
        self.text = text
        self.target = target
        self.principle = principle
        self.reason = reason
        self.quote = quote
        self.isFirm = isFirm
        self.issue = issue
    }
}

/// The follow-ups asked on one question so far, and the candidate's replies.
public struct ProbeChain: Codable, Equatable, Sendable {
    public var answers: [String] = []
    public var probes: [Probe] = []
    /// Gaps the candidate dodged even after a firmer re-ask; the debrief notes them.
    public var dodged: [Gap] = []

    public init(answers: [String] = [], probes: [Probe] = [], dodged: [Gap] = []) {
        self.answers = answers
        self.probes = probes
        self.dodged = dodged
    }
}

/// What the generator needs to know about where the story is being told.
public struct FollowUpContext: Equatable, Sendable {
    public let question: Question
    /// What the question asks for, read once from its wording: a case asks for a plan.
    public let framing: QuestionFraming
    /// The gaps the question asks for, and how ("How did you balance…?" names the trade-off).
    public let askedGaps: [Gap: QuestionFraming.Ask]
    /// The question's words, read once, to tell an answer that only gives it back.
    public let questionPrompt: PastedQuestion.Prompts
    public var round: RoundKind
    public var track: Track
    public var level: Level
    /// How many follow-ups this question may have.
    public var maxDepth: Int
    /// For a case part, the gaps this part must cover; empty for a behavioural story.
    public var expectedGaps: [Gap]
    /// The candidate's answers to earlier questions, to notice one pasted again.
    public var earlierAnswers: RecentAnswers
    /// Probes already put in this interview, so a phrasing is not used twice.
    public var askedProbes: Set<String>

    public init(question: Question, round: RoundKind, track: Track, level: Level, maxDepth: Int,
                expectedGaps: [Gap] = [], earlierAnswers: RecentAnswers = RecentAnswers(), askedProbes: Set<String> = []) {
        self.question = question
        self.framing = question.kind == .case ? .plan : QuestionFraming.of(question.text)
        self.askedGaps = QuestionFraming.askedGaps(in: question.text)
        self.questionPrompt = PastedQuestion.Prompts([question.text])
        self.round = round
        self.track = track
        self.level = level
        self.maxDepth = maxDepth
        self.expectedGaps = expectedGaps
        self.earlierAnswers = earlierAnswers
        self.askedProbes = askedProbes
    }
}

extension FollowUpContext {
    /// What the gaps' checks need to know about the question.
    public var gapContext: GapContext { GapContext(framing: framing, principles: question.principles) }

    /// For a case, the parts this answer must cover: the current part's, else the track's whole case.
    public var caseGaps: [Gap] { expectedGaps.isEmpty ? CasePartGaps.order(for: track) : expectedGaps }

    /// The same context for judging a whole question: a case is judged on all its parts.
    public var wholeQuestion: FollowUpContext {
        var whole = self
        if question.kind == .case {
            let parts = question.parts.compactMap(\.gap)
            whole.expectedGaps = parts.isEmpty ? CasePartGaps.order(for: track) : parts
        }
        return whole
    }
}
