/// A problem found in a question bank, pointing at the place to fix.
public struct BankFinding: Equatable, Sendable, CustomStringConvertible {
    /// The file's name as the user gave it.
    public var source: String
    /// 1-based line and column.
    public var line: Int
    public var column: Int
    /// What is wrong, and how to fix it.
    public var message: String

    public init(source: String, line: Int, column: Int, message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: message`, the form editors and terminals link to.
    public var description: String { "\(source):\(line):\(column): \(message)" }
}

/// Why a bank could not be used.
public enum BankError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bank has problems; every one is listed.
    case invalid([BankFinding])

    public var description: String {
        switch self {
        case .invalid(let findings): findings.map(\.description).joined(separator: "\n")
        }
    }
}
