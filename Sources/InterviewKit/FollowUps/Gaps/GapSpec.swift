/// Everything the engine knows about one gap, in one place: how to tell whether a story leaves it
/// open (and how clearly), how much a bar raiser wants it closed first, which principles raise it,
/// which words of the answer show it, how to ask about it, how to ask again more firmly, why it
/// is asked (for `/why`), what the debrief advises, and the examples that prove the check.
public struct GapSpec: Sendable {
    public let gap: Gap
    /// How much a bar raiser wants this gap closed first, 0 to 1. The ranking multiplies it by
    /// how clearly the story leaves the gap open.
    public let severity: Double
    /// Its severity when the question asks for a plan ("How would you…"): there the choice made
    /// and what it gives up come first, and a story's parts (situation, outcome) do not apply.
    public let planSeverity: Double
    /// Principles under test that make this gap matter more, and by how much severity.
    public let raisedBy: [Principle: Double]
    /// Reads a story and says how clearly it leaves the gap open, with the words that show it.
    let check: @Sendable (AnswerAnalysis, GapContext) -> GapFinding
    /// How to ask. `{q}` stands for the quoted words; a phrasing with `{q}` is used only with a quote.
    let phrasings: [String]
    /// A principle's own way of asking about this gap.
    let flavoured: [Principle: [String]]
    /// How to ask when the question asks for a plan ("How would you…"): in the conditional, about
    /// what would be done, not what was. Empty where the gap's own phrasings serve.
    let planPhrasings: [String]
    /// Ways of asking that fit the kind of words quoted ("I would…" against "I usually…"): used
    /// instead of the others when the quote is evidence of that kind; the first kind that fits wins.
    let byQuote: [(kind: SignalKind, phrasings: [String])]
    /// Ways of asking that fit a quote holding one of these words ("was really happy"): tried
    /// before `byQuote`.
    let byQuotedWords: [(words: Set<String>, phrasings: [String])]
    /// The firmer re-ask after a dodge.
    public let firm: String
    /// Why the gap matters, for `/why`.
    public let reason: String
    /// What the debrief advises when the gap stayed open.
    public let advice: String
    public let examples: GapExamples

    init(gap: Gap, severity: Double, planSeverity: Double? = nil, raisedBy: [Principle: Double] = [:], phrasings: [String], flavoured: [Principle: [String]] = [:],
         planPhrasings: [String] = [], byQuote: [(kind: SignalKind, phrasings: [String])] = [],
         byQuotedWords: [(words: Set<String>, phrasings: [String])] = [], firm: String, reason: String, advice: String, examples: GapExamples,
         check: @escaping @Sendable (AnswerAnalysis, GapContext) -> GapFinding) {
        self.gap = gap
        self.severity = severity
        self.planSeverity = planSeverity ?? severity
        self.raisedBy = raisedBy
        self.check = check
        self.phrasings = phrasings
        self.flavoured = flavoured
        self.byQuote = byQuote
        self.byQuotedWords = byQuotedWords
        self.planPhrasings = planPhrasings
        self.firm = firm
        self.reason = reason
        self.advice = advice
        self.examples = examples
    }

    /// How clearly `story` leaves this gap open.
    public func finding(in story: AnswerAnalysis, context: GapContext = GapContext()) -> GapFinding {
        var finding = check(story, context)
        finding.gap = gap
        return finding
    }

    /// The phrasings for a probe on this gap: for a plan its plan phrasings, without asking for a
    /// risk the plan has named; else those that fit the words quoted, else the principle's own,
    /// else the gap's.
    func phrasings(for principle: Principle?, quoting quote: Evidence? = nil, in story: AnswerAnalysis? = nil, framing: QuestionFraming = .pastExample) -> [String] {
        if framing == .plan && !planPhrasings.isEmpty {
            return planPhrasings.filter { story?.has(.risk) != true || !$0.contains("risk") }
        }
        if let quote, !byQuotedWords.isEmpty {
            let words = quote.text.lowercasedWords
            if let fitting = byQuotedWords.first(where: { entry in words.contains { entry.words.contains($0) } }) { return fitting.phrasings }
        }
        if let quote, let story, let fitting = byQuote.first(where: { story.signals[$0.kind]?.contains { $0.offset == quote.offset } ?? false }) {
            return fitting.phrasings
        }
        return principle.flatMap { flavoured[$0] } ?? phrasings
    }
}

/// What a gap's check needs to know besides the story: what the question asks for and what it tests.
public struct GapContext: Equatable, Sendable {
    public var framing: QuestionFraming
    public var principles: [Principle]

    public init(framing: QuestionFraming = .pastExample, principles: [Principle] = []) {
        self.framing = framing
        self.principles = principles
    }
}

/// How clearly a story leaves one gap open, and the words of the answer that show it.
public struct GapFinding: Equatable, Sendable {
    public var gap: Gap
    /// 0 when the story covers the gap; `GapFinding.weak` when it is thin there; 1 when it is clearly open.
    public var strength: Double
    /// The spans of the answer behind the finding, best first: what a probe on the gap quotes.
    public var evidence: [Evidence]

    public static let clear = 1.0
    public static let weak = 0.5

    public init(gap: Gap, strength: Double, evidence: [Evidence] = []) {
        self.gap = gap
        self.strength = strength
        self.evidence = evidence
    }

    public var isOpen: Bool { strength > 0 }
    public var isClear: Bool { strength >= Self.clear }

    static func covered() -> GapFinding { GapFinding(gap: .depth, strength: 0) }
    static func open(_ strength: Double, _ evidence: Evidence?...) -> GapFinding {
        GapFinding(gap: .depth, strength: strength, evidence: evidence.compactMap { $0 })
    }
}

/// A gap's own proof: answers whose gap must be clearly open and answers that must cover it. In an
/// open example `[[…]]` marks the words a probe should quote.
public struct GapExamples: Sendable {
    public var open: [String]
    public var covered: [String]

    public init(open: [String], covered: [String]) {
        self.open = open
        self.covered = covered
    }
}

extension GapSpec {
    /// The story gaps, in no order of importance: `severity` and the findings rank them.
    public static let behavioural: [GapSpec] = [.specificity, .situation, .action, .ownership, .result, .metrics, .tradeoff, .customer, .learning]

    /// The parts of a product or go-to-market case.
    public static let caseParts: [GapSpec] = CasePartGaps.all

    /// Every gap's spec.
    public static let all: [GapSpec] = behavioural + [.depth] + caseParts

    private static let byGap: [Gap: GapSpec] = Dictionary(uniqueKeysWithValues: all.map { ($0.gap, $0) })

    /// The spec of one gap.
    public static func of(_ gap: Gap) -> GapSpec {
        byGap[gap] ?? .depth
    }
}
