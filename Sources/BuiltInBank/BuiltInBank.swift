import InterviewKit

/// The question bank that ships with barraiser, compiled in (`BuiltInQuestions.swift`, generated
/// from `Resources/builtin-bank.yaml`), so that starting the program reads and parses no file.
public enum BuiltInBank {
    /// The file name shown in messages about the built-in bank.
    public static let sourceName = "builtin-bank.yaml"

    /// The built-in questions as a bank document, first of the banks an interview merges.
    public static var document: BankDocument { BankDocument(source: sourceName, questions: questions) }
}
