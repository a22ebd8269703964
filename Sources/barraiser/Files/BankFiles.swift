import BuiltInBank
import Foundation
import InterviewKit

/// The built-in bank (compiled in) with the user's banks, read from disk.
enum BankFiles {
    /// The built-in bank, then any `*.yaml` in the user's banks folder, then each `--bank` file.
    /// Every problem in every file is reported before anything runs.
    static func load(extraFiles: [String]) throws(BankError) -> QuestionBank {
        var documents: [BankDocument] = [BuiltInBank.document]
        var findings: [BankFinding] = []
        var sources: [(name: String, text: String?)] = []
        let folder = AppPaths.userBanksFolder
        if let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
            for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let path = (folder as NSString).appendingPathComponent(name)
                sources.append((path, readText(path)))
            }
        }
        for path in extraFiles { sources.append((path, readText(path))) }
        for source in sources {
            guard let text = source.text else {
                findings.append(BankFinding(source: source.name, line: 1, column: 1, message: "cannot read this file; check the path and its permissions"))
                continue
            }
            do {
                documents.append(try BankParser.parse(text, source: source.name))
            } catch {
                if case .invalid(let found) = error { findings += found }
            }
        }
        if !findings.isEmpty { throw .invalid(findings) }
        return QuestionBank(documents: documents)
    }

    /// The built-in bank alone: stories are checked against the same questions on every machine.
    static func builtIn() -> QuestionBank {
        QuestionBank(documents: [BuiltInBank.document])
    }

    /// A bank file's text; a UTF-8 byte order mark at its start (some Windows editors write one)
    /// is skipped, since YAML parsers read it as content.
    static func readText(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        return String(decoding: data.starts(with: byteOrderMark) ? data.dropFirst(byteOrderMark.count) : data[...], as: UTF8.self)
    }
}
