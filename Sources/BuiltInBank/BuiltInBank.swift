import Foundation

/// The question bank that ships with barraiser.
public enum BuiltInBank {
    /// The file name shown in messages about the built-in bank.
    public static let sourceName = "builtin-bank.yaml"

    /// The built-in bank's YAML text, or nil when the resource is missing from the installation.
    public static func yamlText() -> String? {
        guard let url = Bundle.module.url(forResource: "builtin-bank", withExtension: "yaml") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
