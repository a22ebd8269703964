/// Amazon's hiring scale, plus the honest answer when too little was said to judge.
public enum Rating: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case strongNoHire = "strong-no-hire"
    case notInclined = "not-inclined"
    case inclined
    case strongHire = "strong-hire"
    case insufficientEvidence = "insufficient-evidence"

    /// 1 (strong-no-hire) to 4 (strong-hire); nil when there is not enough to judge.
    public var score: Int? {
        switch self {
        case .strongNoHire: 1
        case .notInclined: 2
        case .inclined: 3
        case .strongHire: 4
        case .insufficientEvidence: nil
        }
    }

    public init(score: Double) {
        switch score {
        case ..<1.5: self = .strongNoHire
        case ..<2.5: self = .notInclined
        case ..<3.5: self = .inclined
        default: self = .strongHire
        }
    }

    public static func < (lhs: Rating, rhs: Rating) -> Bool { (lhs.score ?? 0) < (rhs.score ?? 0) }
}

/// How one principle fared in a round: the rating, the quotes behind it and what was missing.
public struct PrincipleAssessment: Codable, Equatable, Sendable {
    public var principle: Principle
    public var rating: Rating
    public var evidence: [String]
    public var missing: [Gap]

    public init(principle: Principle, rating: Rating, evidence: [String], missing: [Gap]) {
        self.principle = principle
        self.rating = rating
        self.evidence = evidence
        self.missing = missing
    }
}
