/// Who sits at the keyboard: the candidate practising alone, or a friend running a mock who types
/// notes of what the candidate says.
public enum InterviewMode: String, Codable, Sendable, Hashable {
    case practice
    case interviewer
}

/// Who chose a follow-up that was asked in a mock.
public enum ProbeSource: String, Codable, Sendable, Hashable {
    /// One of the engine's suggestions.
    case engine
    /// The interviewer's own words (`/ask TEXT`).
    case interviewer
}
