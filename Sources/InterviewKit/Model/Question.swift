/// What sort of answer a question asks for.
public enum QuestionKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// A story from the candidate's past, read for the STAR parts and the principles.
    case behavioural
    /// A product exercise or go-to-market case, asked part by part.
    case `case`
    /// A short recruiter-screen question (motivation, logistics).
    case screen
}

/// One part of a case, asked in turn.
public struct CasePart: Codable, Sendable, Hashable {
    public var id: String
    /// What the interviewer asks for this part.
    public var prompt: String
    /// What a good answer to this part contains.
    public var expects: String
    /// The gap a missing part leaves, if it maps to one.
    public var gap: Gap?

    public init(id: String, prompt: String, expects: String, gap: Gap? = nil) {
        self.id = id
        self.prompt = prompt
        self.expects = expects
        self.gap = gap
    }
}

/// A question from a bank, with the rounds, tracks and levels it fits.
public struct Question: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var kind: QuestionKind
    public var text: String
    public var principles: [Principle]
    public var rounds: [RoundKind]
    public var tracks: [Track]
    public var levels: [Level]
    /// What a strong answer contains (shown by `/hint`).
    public var hint: String
    /// Probes written for this question, used when the engine finds nothing sharper to ask.
    public var followUps: [String]
    /// The parts of a case, empty for other kinds.
    public var parts: [CasePart]

    public init(
        id: String, kind: QuestionKind = .behavioural, text: String, principles: [Principle] = [],
        rounds: [RoundKind] = [.barRaiser], tracks: [Track] = Track.allCases, levels: [Level] = Level.allCases,
        hint: String = "", followUps: [String] = [], parts: [CasePart] = []
    ) {
        self.id = id
        self.kind = kind
        self.text = text
        self.principles = principles
        self.rounds = rounds
        self.tracks = tracks
        self.levels = levels
        self.hint = hint
        self.followUps = followUps
        self.parts = parts
    }

    /// Whether this question may be asked in a round of this kind, on this track, at this level.
    public func fits(round: RoundKind, track: Track, level: Level) -> Bool {
        rounds.contains(round) && tracks.contains(track) && levels.contains(level)
    }
}
