/// Amazon's job level, from L4 (entry) to L7 (principal).
public enum Level: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case l4 = "L4"
    case l5 = "L5"
    case l6 = "L6"
    case l7 = "L7"

    /// 4 to 7, for comparisons and scaled bars.
    public var number: Int {
        switch self {
        case .l4: 4
        case .l5: 5
        case .l6: 6
        case .l7: 7
        }
    }

    /// Accepts `L5` and `l5`.
    public init?(caseInsensitive text: String) {
        self.init(rawValue: text.uppercased())
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.number < rhs.number }
}

extension Level {
    /// What a strong answer shows at this level, for the interviewer's eyes in a mock.
    public var bar: String {
        switch self {
        case .l4: "L4: owns a well-defined feature end to end and measures it in the feature's own numbers."
        case .l5: "L5: owns a product area, sets its goal, drives it through a team, and shows the result against a baseline."
        case .l6: "L6: owns a business line across teams, makes trade-offs with a lasting cost, and moves numbers the business watches."
        case .l7: "L7: sets direction across organisations over years, and changes how other leaders decide."
        }
    }
}
