/// The kinds of round in an interview loop, in the order a loop runs them.
public enum RoundKind: String, CaseIterable, Codable, Sendable, Hashable {
    case screen
    case hiringManager = "hiring-manager"
    case functional
    case barRaiser = "bar-raiser"

    /// The round's name as shown in prompts and debriefs.
    public var title: String {
        switch self {
        case .screen: "Recruiter Screen"
        case .hiringManager: "Hiring Manager"
        case .functional: "Functional"
        case .barRaiser: "Bar Raiser"
        }
    }
}
