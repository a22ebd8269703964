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
