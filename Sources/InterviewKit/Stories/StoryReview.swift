/// How a prepared story fares when told as the answer to the bar-raiser question that fits it best.
public struct StoryReview: Equatable, Sendable {
    public var story: Story
    /// The principle it was checked against; nil when neither the file nor its text names one.
    public var principle: Principle?
    /// The principles it counts for: the ones claimed, or those its text points at.
    public var principles: [Principle]
    /// True when the story has no `Principles:` line and `principles` were read from its text.
    public var principlesGuessed: Bool
    /// Where it was told: the question it was read as an answer to, the role and the level.
    public var context: FollowUpContext
    /// The engine's probe, open gaps and rating.
    public var judgement: Judgement

    public var question: Question { context.question }
    /// The role it was judged for: its `Role:` line, else the one asked for.
    public var track: Track { context.track }

    public var rating: Rating { judgement.rating.rating }
    public var openGaps: [Gap] { judgement.openGaps }

    /// Whether the story stands up: rated inclined or strong-hire with no gap clearly open.
    public var isStrong: Bool {
        (rating == .inclined || rating == .strongHire) && !judgement.decision.findings.contains(where: \.isClear)
    }

    /// One line on what would strengthen it most: the advice on its most important open gap.
    public var advice: String {
        GapSpec.of(openGaps.first ?? .depth).advice
    }
}

/// Reads the candidate's stories with the same engine that reads their answers in an interview.
public enum StoryReviewer {
    /// How many follow-ups the bar raiser would allow on a story, as in a live bar-raiser round.
    static let depth = 3

    /// Reads `story` as the answer to the best-fitting bar-raiser question of `principle` (by
    /// default its first), for its role or else `track`, at `level`.
    public static func review(_ story: Story, for principle: Principle? = nil, track: Track, level: Level, bank: QuestionBank) -> StoryReview {
        let setting = setting(of: story, for: principle, track: track, level: level, bank: bank)
        var generator = phrasingGenerator()
        let judgement = AnswerJudge.judge(ProbeChain(answers: [story.text]), in: setting.context, using: &generator)
        return StoryReview(story: story, principle: setting.tested, principles: setting.principles, principlesGuessed: setting.guessed,
                           context: setting.context, judgement: judgement)
    }

    /// Where a story is told: the principles it counts for (claimed, or guessed from its words),
    /// the one under test, and the bar-raiser question and role it is read against.
    struct Setting {
        var principles: [Principle]
        var guessed: Bool
        var tested: Principle?
        var context: FollowUpContext
    }

    static func setting(of story: Story, for principle: Principle?, track: Track, level: Level, bank: QuestionBank) -> Setting {
        let guessed = story.principles.isEmpty
        let principles = guessed ? PrincipleInference.principles(for: story.title + "\n" + story.text) : story.principles
        let tested = principle ?? principles.first
        let track = story.role ?? track
        let question = tested.map { bestQuestion(for: $0, claimed: principles, track: track, level: level, in: bank) } ?? generalQuestion
        let context = FollowUpContext(question: question, round: .barRaiser, track: track, level: level, maxDepth: depth)
        return Setting(principles: principles, guessed: guessed, tested: tested, context: context)
    }

    /// The engine's only randomness is the choice between phrasings; a fixed seed keeps a story's
    /// check the same every run.
    static func phrasingGenerator() -> SeededGenerator { SeededGenerator(seed: 1) }

    /// The bar-raiser question a story for `principle` answers best, always the same one for the
    /// same bank. Among the questions testing the principle: one that fits the role and the level,
    /// then one that tests the principle first rather than second, then one that tests more of the
    /// story's other principles, asks for a past example rather than a plan, and is written for
    /// this role alone; then the bank's order. When the bank has none, a plain question about it.
    public static func bestQuestion(for principle: Principle, claimed: [Principle], track: Track, level: Level, in bank: QuestionBank) -> Question {
        let candidates = bank.questions.enumerated().filter { _, question in
            question.kind == .behavioural && question.rounds.contains(.barRaiser) && question.principles.contains(principle)
        }
        func rank(_ question: Question) -> [Int] {
            [question.tracks.contains(track) ? 0 : 1,
             question.levels.contains(level) ? 0 : 1,
             question.principles.first == principle ? 0 : 1,
             -Set(question.principles).intersection(claimed).count,
             QuestionFraming.of(question.text) == .pastExample ? 0 : 1,
             question.tracks == [track] ? 0 : 1]
        }
        let best = candidates.min { first, second in
            let (a, b) = (rank(first.element), rank(second.element))
            return a != b ? a.lexicographicallyPrecedes(b) : first.offset < second.offset
        }
        return best?.element ?? Question(id: "story-\(principle.id)", text: "Tell me about a time you showed \(principle.title).",
                                         principles: [principle])
    }

    /// For a story that names no principle and whose words point at none.
    static let generalQuestion = Question(id: "story", text: "Tell me about a time you made a difference.")
}
