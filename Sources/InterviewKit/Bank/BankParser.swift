import Foundation
import Yams

/// Reads a bank from YAML text and checks it, collecting every problem with its line and column
/// instead of stopping at the first.
public enum BankParser {
    /// Parses `text`, naming `source` in findings. Throws `BankError.invalid` listing every problem.
    public static func parse(_ text: String, source: String) throws(BankError) -> BankDocument {
        var reader = Reader(source: source)
        let document = reader.read(text)
        if !reader.findings.isEmpty { throw .invalid(reader.findings) }
        return document
    }

    /// Every problem in `text`, empty when the bank is good.
    public static func findings(in text: String, source: String) -> [BankFinding] {
        var reader = Reader(source: source)
        _ = reader.read(text)
        return reader.findings
    }

    private struct Reader {
        let source: String
        var findings: [BankFinding] = []
        var seenIDs: [String: Int] = [:]

        init(source: String) { self.source = source }

        mutating func report(_ node: Node?, _ message: String) {
            let mark = node?.mark
            findings.append(BankFinding(source: source, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
        }

        mutating func read(_ text: String) -> BankDocument {
            if let problem = AliasGuard.problem(in: text, source: source) {
                findings.append(problem)
                return BankDocument(source: source, questions: [])
            }
            let root: Node?
            do {
                // Types are read explicitly below, so the basic resolver does: it skips matching every
                // scalar against the regular expressions of implicit tags, most of the cost of a load.
                root = try Yams.compose(yaml: text, .basic)
            } catch let error as YamlError {
                report(error)
                return BankDocument(source: source, questions: [])
            } catch {
                findings.append(BankFinding(source: source, line: 1, column: 1, message: "cannot read this file as YAML: \(error)"))
                return BankDocument(source: source, questions: [])
            }
            guard let root, let mapping = root.mapping else {
                report(root, "a bank is a mapping with `schemaVersion: \(BankDocument.schemaVersion)` and a `questions:` list")
                return BankDocument(source: source, questions: [])
            }
            checkKeys(mapping, allowed: ["schemaVersion", "replace", "questions"], in: "the bank")
            if let versionNode = mapping["schemaVersion"] {
                if let version = versionNode.int {
                    if version > BankDocument.schemaVersion {
                        report(versionNode, "schemaVersion \(version) is newer than this build reads (\(BankDocument.schemaVersion)); update barraiser or write version \(BankDocument.schemaVersion)")
                    } else if version < 1 {
                        report(versionNode, "schemaVersion must be \(BankDocument.schemaVersion)")
                    }
                } else {
                    report(versionNode, "schemaVersion must be a whole number, e.g. `schemaVersion: \(BankDocument.schemaVersion)`")
                }
            } else {
                report(root, "missing `schemaVersion`; add `schemaVersion: \(BankDocument.schemaVersion)` at the top")
            }
            var replace = false
            if let replaceNode = mapping["replace"] {
                if let value = replaceNode.bool { replace = value } else { report(replaceNode, "`replace` must be true or false") }
            }
            var questions: [Question] = []
            if let list = mapping["questions"] {
                if let sequence = list.sequence {
                    for item in sequence {
                        if let question = readQuestion(item) { questions.append(question) }
                    }
                } else {
                    report(list, "`questions` must be a list; start each question with `- id: ...`")
                }
            } else {
                report(root, "missing `questions:`; add a list of questions")
            }
            return BankDocument(source: source, replace: replace, questions: questions)
        }

        mutating func report(_ error: YamlError) {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                findings.append(BankFinding(source: source, line: mark.line, column: mark.column, message: "YAML syntax: \(problem); check the indentation and quoting here"))
            case .reader(_, let offset, let value, let yaml):
                // libyaml refuses control characters before parsing; point at the character itself.
                let (line, column) = offset.map { Self.lineAndColumn(ofCharacterAt: $0, in: yaml) } ?? (1, 1)
                let character = value >= 0 ? String(format: "U+%04X", value) : "a character"
                findings.append(BankFinding(source: source, line: line, column: column,
                                            message: "control character \(character) is not allowed in a bank; delete it (inside double quotes an escape such as \\t can stand for it)"))
            case .duplicatedKeysInMapping(let duplicates, let context):
                findings.append(BankFinding(source: source, line: context.mark.line, column: context.mark.column, message: "the key `\(duplicates.joined(separator: "`, `"))` appears twice in one mapping; keep one"))
            default:
                findings.append(BankFinding(source: source, line: 1, column: 1, message: "cannot read this file as YAML: \(error)"))
            }
        }

        /// The 1-based line and column (in Unicode scalars, as libyaml counts its marks) of the
        /// Character `offset` Characters into `text`.
        static func lineAndColumn(ofCharacterAt offset: Int, in text: String) -> (line: Int, column: Int) {
            let target = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
            var line = 1
            var column = 1
            for scalar in text.unicodeScalars[..<target] {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return (line, column)
        }

        mutating func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>, in place: String) {
            for key in mapping.keys {
                guard let name = key.string else { continue }
                if !allowed.contains(name) {
                    let suggestion = allowed.sorted().joined(separator: ", ")
                    report(key, "unknown key `\(name)` in \(place); expected one of: \(suggestion)")
                }
            }
        }

        mutating func readQuestion(_ node: Node) -> Question? {
            guard let mapping = node.mapping else {
                report(node, "each question is a mapping that starts with `- id: ...`")
                return nil
            }
            checkKeys(mapping, allowed: ["id", "kind", "text", "principles", "rounds", "tracks", "levels", "hint", "followUps", "parts"], in: "a question")
            let id = requiredString(mapping, "id", in: node, fix: "give the question a unique kebab-case id, e.g. `id: my-question-1`") ?? ""
            if !id.isEmpty {
                if id.contains(where: { !($0.isLowercase || $0.isNumber || $0 == "-") }) {
                    report(mapping["id"], "id `\(id)` must be kebab-case: lower-case letters, digits and hyphens")
                }
                if let firstLine = seenIDs[id] {
                    report(mapping["id"], "duplicate id `\(id)` (first used on line \(firstLine)); give each question its own id")
                } else {
                    seenIDs[id] = mapping["id"]?.mark?.line ?? 0
                }
            }
            let text = requiredString(mapping, "text", in: node, fix: "add `text:` with the question as the interviewer asks it") ?? ""
            let kind = enumValue(mapping["kind"], QuestionKind.self, name: "kind") ?? .behavioural
            let principles = enumList(mapping["principles"], Principle.self, name: "principle", listName: "principles") ?? []
            let rounds = enumList(mapping["rounds"], RoundKind.self, name: "round", listName: "rounds") ?? defaultRounds(for: kind)
            let tracks = enumList(mapping["tracks"], Track.self, name: "track", listName: "tracks") ?? Track.allCases
            let levels = enumList(mapping["levels"], Level.self, name: "level", listName: "levels") ?? Level.allCases
            let hint = optionalString(mapping["hint"], name: "hint") ?? ""
            let followUps = stringList(mapping["followUps"], name: "followUps") ?? []
            var parts: [CasePart] = []
            if let partsNode = mapping["parts"] {
                if let sequence = partsNode.sequence {
                    parts = sequence.compactMap { readPart($0) }
                } else {
                    report(partsNode, "`parts` must be a list of parts, each with `id`, `prompt` and `expects`")
                }
            }
            if kind == .case && parts.isEmpty {
                report(mapping["kind"] ?? node, "a case needs `parts:`, each with `id`, `prompt` and `expects`")
            }
            if kind != .case && !parts.isEmpty {
                report(mapping["parts"], "only questions of `kind: case` have parts; set `kind: case` or remove `parts`")
            }
            if kind == .behavioural, let listed = mapping["principles"], listed.sequence?.isEmpty == true {
                report(mapping["principles"], "a behavioural question tests at least one principle; list it under `principles`")
            }
            guard !id.isEmpty, !text.isEmpty else { return nil }
            return Question(id: id, kind: kind, text: text, principles: principles, rounds: rounds, tracks: tracks,
                            levels: levels, hint: hint, followUps: followUps, parts: parts)
        }

        func defaultRounds(for kind: QuestionKind) -> [RoundKind] {
            switch kind {
            case .behavioural: [.barRaiser]
            case .case: [.functional]
            case .screen: [.screen]
            }
        }

        mutating func readPart(_ node: Node) -> CasePart? {
            guard let mapping = node.mapping else {
                report(node, "each part is a mapping with `id`, `prompt` and `expects`")
                return nil
            }
            checkKeys(mapping, allowed: ["id", "prompt", "expects", "gap"], in: "a case part")
            let id = requiredString(mapping, "id", in: node, fix: "give the part an id, e.g. `id: hypothesis`")
            let prompt = requiredString(mapping, "prompt", in: node, fix: "add `prompt:` with what the interviewer asks for this part")
            let expects = optionalString(mapping["expects"], name: "expects") ?? ""
            let gap = enumValue(mapping["gap"], Gap.self, name: "gap")
            guard let id, let prompt else { return nil }
            return CasePart(id: id, prompt: prompt, expects: expects, gap: gap)
        }

        mutating func requiredString(_ mapping: Node.Mapping, _ key: String, in node: Node, fix: String) -> String? {
            guard let value = mapping[key] else {
                report(node, "missing `\(key)`; \(fix)")
                return nil
            }
            guard let scalar = value.scalar else {
                report(value, "`\(key)` must be text, not a list or mapping")
                return nil
            }
            let text = scalar.string.trimmingWhitespace()
            if text.isEmpty {
                report(value, "`\(key)` is empty; \(fix)")
                return nil
            }
            return text
        }

        mutating func optionalString(_ node: Node?, name: String) -> String? {
            guard let node else { return nil }
            guard let scalar = node.scalar else {
                report(node, "`\(name)` must be text, not a list or mapping")
                return nil
            }
            return scalar.string.trimmingWhitespace()
        }

        mutating func stringList(_ node: Node?, name: String) -> [String]? {
            guard let node else { return nil }
            guard let sequence = node.sequence else {
                report(node, "`\(name)` must be a list, e.g. `\(name): [\"...\"]`")
                return nil
            }
            var values: [String] = []
            for item in sequence {
                if let scalar = item.scalar { values.append(scalar.string) } else { report(item, "each entry of `\(name)` must be text") }
            }
            return values
        }

        mutating func enumValue<E: RawRepresentable & CaseIterable>(_ node: Node?, _ type: E.Type, name: String) -> E? where E.RawValue == String {
            guard let node else { return nil }
            guard let scalar = node.scalar else {
                report(node, "`\(name)` must be one word, one of: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            guard let value = E(rawValue: scalar.string) else {
                report(node, "unknown \(name) `\(scalar.string)`; use one of: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            return value
        }

        mutating func enumList<E: RawRepresentable & CaseIterable>(_ node: Node?, _ type: E.Type, name: String, listName: String) -> [E]? where E.RawValue == String {
            guard let node else { return nil }
            guard let sequence = node.sequence else {
                report(node, "`\(listName)` must be a list, e.g. `\(listName): [\(E.allCases.first?.rawValue ?? "")]`")
                return nil
            }
            var values: [E] = []
            for item in sequence {
                if let value = enumValue(item, E.self, name: name) { values.append(value) }
            }
            return values
        }
    }
}
