/// One parsed bank file: its questions and whether it replaces the banks before it.
public struct BankDocument: Equatable, Sendable {
    /// The schema version this build reads and writes.
    public static let schemaVersion = 1

    public var source: String
    public var replace: Bool
    public var questions: [Question]

    public init(source: String, replace: Bool = false, questions: [Question]) {
        self.source = source
        self.replace = replace
        self.questions = questions
    }
}
