/// The role the candidate is interviewing for.
public enum Track: String, CaseIterable, Codable, Sendable, Hashable {
    case pm
    case pmm

    /// The role's name as people say it.
    public var title: String {
        switch self {
        case .pm: "Product Manager"
        case .pmm: "Product Marketing Manager"
        }
    }
}
