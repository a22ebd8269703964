import Foundation

/// How an interview ended.
public enum EndStatus: String, Codable, Sendable, Hashable {
    case completed
    case quit
}

/// One line of a transcript file. Each record is a JSON object with a `type` field; the file is
/// JSON Lines, written and flushed one record at a time as the interview runs.
public enum TranscriptRecord: Equatable, Sendable {
    case header(Header)
    case question(QuestionRecord)
    case answer(AnswerRecord)
    case probe(ProbeRecord)
    case skip(SkipRecord)
    case debrief(DebriefRecord)
    /// The decision across the rounds of a loop.
    case loopDebrief(LoopDebrief)
    case end(EndRecord)

    /// The transcript format this build writes. Older versions still read; newer ones are refused.
    public static let schemaVersion = 1

    public struct Header: Codable, Equatable, Sendable {
        public var schemaVersion: Int
        public var toolVersion: String
        public var track: Track
        public var level: Level
        public var rounds: [RoundKind]
        public var seed: UInt64
        /// ISO 8601, UTC.
        public var startedAt: String
        /// The interview's settings, so it can be resumed or practised again.
        public var config: InterviewConfig?
        /// `interviewer` for a mock run by a friend; absent for practice.
        public var mode: InterviewMode?

        public init(schemaVersion: Int = TranscriptRecord.schemaVersion, toolVersion: String, track: Track, level: Level,
                    rounds: [RoundKind], seed: UInt64, startedAt: String, config: InterviewConfig? = nil, mode: InterviewMode? = nil) {
            self.schemaVersion = schemaVersion
            self.toolVersion = toolVersion
            self.track = track
            self.level = level
            self.rounds = rounds
            self.seed = seed
            self.startedAt = startedAt
            self.config = config
            self.mode = mode
        }

        /// Practice unless the header says otherwise.
        public var resolvedMode: InterviewMode { mode ?? .practice }
    }

    public struct QuestionRecord: Codable, Equatable, Sendable {
        public var round: RoundKind
        public var questionID: String
        public var principles: [Principle]
        public var text: String
        /// For a case, the part being asked (nil for the whole question).
        public var part: String?

        public init(round: RoundKind, questionID: String, principles: [Principle], text: String, part: String? = nil) {
            self.round = round
            self.questionID = questionID
            self.principles = principles
            self.text = text
            self.part = part
        }
    }

    public struct AnswerRecord: Codable, Equatable, Sendable {
        public var text: String
        public var seconds: Double

        public init(text: String, seconds: Double) {
            self.text = text
            self.seconds = seconds
        }
    }

    public struct ProbeRecord: Codable, Equatable, Sendable {
        public var text: String
        public var target: Gap
        public var principle: Principle?
        /// 1 for the first follow-up on a question.
        public var depth: Int
        public var reason: String
        /// True for a firmer re-ask after a dodge; absent otherwise.
        public var firm: Bool?
        /// The candidate's words the probe pointed at; absent when it quoted none.
        public var quote: String?
        /// Set when the probe answered an awkward reply (empty, repeated, too long) rather than a gap.
        public var issue: AnswerIssue?
        /// In a mock, who chose it: one of the engine's suggestions or the interviewer's own; absent in practice.
        public var source: ProbeSource?

        public init(text: String, target: Gap, principle: Principle?, depth: Int, reason: String, firm: Bool? = nil,
                    quote: String? = nil, issue: AnswerIssue? = nil, source: ProbeSource? = nil) {
            self.text = text
            self.target = target
            self.principle = principle
            self.depth = depth
            self.reason = reason
            self.firm = firm
            self.quote = quote
            self.issue = issue
            self.source = source
        }

        /// The probe as it was put, depth number aside.
        public init(_ probe: Probe, depth: Int, source: ProbeSource? = nil) {
            self.init(text: probe.text, target: probe.target, principle: probe.principle, depth: depth, reason: probe.reason,
                      firm: probe.isFirm ? true : nil, quote: probe.quote, issue: probe.issue, source: source)
        }

        /// The probe this record was made from, for reading the chain again.
        public var probe: Probe {
            Probe(text: text, target: target, principle: principle, reason: reason, quote: quote, isFirm: firm ?? false, issue: issue)
        }
    }

    public struct SkipRecord: Codable, Equatable, Sendable {
        public var questionID: String

        public init(questionID: String) { self.questionID = questionID }
    }

    public struct DebriefRecord: Codable, Equatable, Sendable {
        public var round: RoundKind
        public var vote: Rating
        public var summary: [String]
        public var principles: [PrincipleAssessment]
        /// Probes dodged even when asked twice, and stories retold with other numbers.
        public var dodged: [Gap]?
        public var inconsistencies: [String]?
        /// Each question's rating and the gaps it left open.
        public var questions: [QuestionVerdict]?
        /// In a mock: the interviewer's own vote for the round (from their votes on its questions).
        public var interviewerVote: Rating?
        /// In a mock: where the interviewer's vote and the engine's are two steps or more apart.
        public var disagreements: [String]?

        public init(round: RoundKind, vote: Rating, summary: [String], principles: [PrincipleAssessment],
                    dodged: [Gap]? = nil, inconsistencies: [String]? = nil, questions: [QuestionVerdict]? = nil,
                    interviewerVote: Rating? = nil, disagreements: [String]? = nil) {
            self.round = round
            self.vote = vote
            self.summary = summary
            self.principles = principles
            self.dodged = dodged
            self.inconsistencies = inconsistencies
            self.questions = questions
            self.interviewerVote = interviewerVote
            self.disagreements = disagreements
        }
    }

    /// One question's rating in a debrief.
    public struct QuestionVerdict: Codable, Equatable, Sendable {
        public var questionID: String
        public var rating: Rating
        public var openGaps: [Gap]
        public var skipped: Bool?
        /// In a mock: the interviewer's own vote on the question, when they gave one.
        public var interviewerVote: Rating?

        public init(questionID: String, rating: Rating, openGaps: [Gap], skipped: Bool? = nil, interviewerVote: Rating? = nil) {
            self.questionID = questionID
            self.rating = rating
            self.openGaps = openGaps
            self.skipped = skipped
            self.interviewerVote = interviewerVote
        }
    }

    public struct EndRecord: Codable, Equatable, Sendable {
        public var status: EndStatus

        public init(status: EndStatus) { self.status = status }
    }
}

extension TranscriptRecord {
    /// Whether the record holds what a person typed (an answer, an interviewer's own question or
    /// vote), which cannot be made again; everything else the program can write again from these.
    public var holdsTypedWords: Bool {
        switch self {
        case .answer: true
        case .probe(let probe): probe.source == .interviewer
        case .debrief(let debrief): debrief.interviewerVote != nil
        case .header, .question, .skip, .loopDebrief, .end: false
        }
    }
}

extension TranscriptRecord: Codable {
    private enum Kind: String, Codable {
        case header, question, answer, probe, skip, debrief, end
        case loopDebrief = "loop-debrief"
    }

    private enum TypeKey: String, CodingKey { case type }

    public init(from decoder: Decoder) throws {
        let kind = try decoder.container(keyedBy: TypeKey.self).decode(Kind.self, forKey: .type)
        switch kind {
        case .header: self = .header(try Header(from: decoder))
        case .question: self = .question(try QuestionRecord(from: decoder))
        case .answer: self = .answer(try AnswerRecord(from: decoder))
        case .probe: self = .probe(try ProbeRecord(from: decoder))
        case .skip: self = .skip(try SkipRecord(from: decoder))
        case .debrief: self = .debrief(try DebriefRecord(from: decoder))
        case .loopDebrief: self = .loopDebrief(try LoopDebrief(from: decoder))
        case .end: self = .end(try EndRecord(from: decoder))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: TypeKey.self)
        switch self {
        case .header(let value): try container.encode(Kind.header, forKey: .type); try value.encode(to: encoder)
        case .question(let value): try container.encode(Kind.question, forKey: .type); try value.encode(to: encoder)
        case .answer(let value): try container.encode(Kind.answer, forKey: .type); try value.encode(to: encoder)
        case .probe(let value): try container.encode(Kind.probe, forKey: .type); try value.encode(to: encoder)
        case .skip(let value): try container.encode(Kind.skip, forKey: .type); try value.encode(to: encoder)
        case .debrief(let value): try container.encode(Kind.debrief, forKey: .type); try value.encode(to: encoder)
        case .loopDebrief(let value): try container.encode(Kind.loopDebrief, forKey: .type); try value.encode(to: encoder)
        case .end(let value): try container.encode(Kind.end, forKey: .type); try value.encode(to: encoder)
        }
    }
}
