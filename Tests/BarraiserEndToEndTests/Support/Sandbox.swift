// A private folder per test, so that no run touches the real home, history or transcripts,
// and parallel tests never see each other's files.
import Foundation
import Testing

/// A temporary folder holding one test's transcripts, state, config and home; removed when the
/// test's suite instance goes away.
final class Sandbox {
    let root: String

    init() {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("barraiser-e2e-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Where transcripts go when no `--transcripts` is given (`$XDG_DATA_HOME/barraiser/transcripts`),
    /// and where tests point `--transcripts`. Not created in advance: the program must create it (0700).
    var transcripts: String { dataHome + "/barraiser/transcripts" }

    var dataHome: String { root + "/data" }

    var stateHome: String { root + "/state" }

    var historyFile: String { stateHome + "/barraiser/history" }

    /// Where the stories file is when neither `--stories` nor `$BARRAISER_STORIES` says otherwise.
    var storiesFile: String { dataHome + "/barraiser/stories.md" }

    /// XDG folders and HOME inside the sandbox, so neither history, banks, stories, transcripts nor
    /// `~/.editrc` leak in or out.
    var environment: [String: String] {
        ["XDG_STATE_HOME": stateHome, "XDG_CONFIG_HOME": root + "/config", "XDG_DATA_HOME": dataHome, "HOME": root + "/home"]
    }

    /// Variables from the developer's shell that would change what the program does.
    static let removedVariables = ["BARRAISER_TRANSCRIPTS", "BARRAISER_STORIES", "NO_COLOR", "EDITRC"]

    /// The transcripts written so far, by full path, sorted.
    func transcriptFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: transcripts)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { transcripts + "/" + $0 }
    }

    /// The one transcript a single interview wrote.
    func onlyTranscript(sourceLocation: SourceLocation = #_sourceLocation) throws -> Transcript {
        let files = transcriptFiles()
        try #require(files.count == 1, "expected one transcript in \(transcripts), found \(files)", sourceLocation: sourceLocation)
        return try Transcript(path: files[0])
    }
}

/// The program under test.
let barraiser = BuiltProducts.executable(named: "barraiser")

/// Runs `barraiser` through pipes inside `sandbox`.
func runBarraiser(_ arguments: [String], stdin: String, in sandbox: Sandbox, timeout: Double = 60) throws -> PipeResult {
    try runPiped(barraiser, arguments, stdin: stdin, environment: sandbox.environment,
                 removing: Sandbox.removedVariables, workingDirectory: sandbox.root, timeout: timeout)
}

/// Starts `barraiser` in a pseudo-terminal inside `sandbox`.
func startBarraiser(_ arguments: [String], in sandbox: Sandbox, environment: [String: String] = [:],
                    removing: [String] = []) throws -> TerminalSession {
    try TerminalSession(barraiser, arguments, environment: sandbox.environment.merging(environment) { _, new in new },
                        removing: Sandbox.removedVariables + removing, workingDirectory: sandbox.root)
}

/// Starts `barraiser` in a pseudo-terminal through `/bin/sh -c script`, where the script runs the
/// program as `"$0" "$@"` after whatever set-up it needs (limits, redirections).
func startBarraiser(_ arguments: [String], in sandbox: Sandbox, shellScript script: String) throws -> TerminalSession {
    try TerminalSession("/bin/sh", ["-c", script, barraiser] + arguments, environment: sandbox.environment,
                        removing: Sandbox.removedVariables, workingDirectory: sandbox.root)
}

/// How long a test waits for one prompt or one exit; generous, because parallel runs share the CPUs.
let patience: Double = 20

extension TerminalSession {
    /// Waits for `prompt` (after the last mark) and for libedit to be reading keys, which it does
    /// only after printing the prompt: keys sent earlier can be lost or doubled.
    func waitForPrompt(_ prompt: String) throws {
        try waitFor(prompt, timeout: patience)
        try waitForRawMode(timeout: patience)
    }

    /// Types `keys` and waits for the prompt they lead to, ready for the next keys. When the keys
    /// lead back to a prompt already on screen, `anchor` names text only they produce: the prompt
    /// counts only after it, not in a redraw that happened before the keys took effect.
    func send(_ keys: String, thenPrompt prompt: String, after anchor: String? = nil) throws {
        mark()
        send(keys)
        if let anchor { try mark(after: anchor, timeout: patience) }
        try waitForPrompt(prompt)
    }
}

/// Whether `output` leaves the terminal's bracketed-paste mode off: switched off after the last
/// time it was switched on (or never switched on).
func leavesBracketedPasteOff(_ output: String) -> Bool {
    guard let lastOn = output.range(of: "\u{1B}[?2004h", options: .backwards) else { return true }
    guard let lastOff = output.range(of: "\u{1B}[?2004l", options: .backwards) else { return false }
    return lastOff.lowerBound > lastOn.lowerBound
}

/// Prompts as the screen shows them once colours are stripped.
enum Prompt {
    static func question(_ number: Int, of total: Int, round: String = "Bar Raiser") -> String {
        "[\(round) · Q\(number)/\(total)] › "
    }

    static func followUp(_ number: Int, of total: Int, question: Int, of questions: Int, round: String = "Bar Raiser") -> String {
        "[\(round) · Q\(question)/\(questions) · follow-up \(number)/\(total)] › "
    }

    static let continuation = "  … › "
}

// MARK: - Transcripts

/// A transcript file read back: its raw text and each line parsed as a JSON object.
struct Transcript {
    let path: String
    let text: String
    /// One JSON object per line, in order.
    let records: [[String: Any]]

    init(path: String) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HarnessError("cannot read the transcript \(path)")
        }
        text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        var records: [[String: Any]] = []
        for (index, line) in lines.enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw HarnessError("line \(index + 1) of \(path) is not a JSON object: \(line)")
            }
            records.append(object)
        }
        self.records = records
    }

    /// Whether every object on every line has its keys in sorted order.
    var keysAreSorted: Bool {
        text.split(separator: "\n").allSatisfy { line in
            objectKeysInOrder(String(line)).allSatisfy { $0 == $0.sorted() }
        }
    }

    /// The file's name, without its folder.
    var fileName: String { String(path.split(separator: "/").last ?? "") }

    /// The `type` of each record, in order.
    var types: [String] { records.map { $0["type"] as? String ?? "?" } }

    func records(ofType type: String) -> [[String: Any]] {
        records.filter { $0["type"] as? String == type }
    }

    /// The text of every answer record, in order.
    var answers: [String] { records(ofType: "answer").map { $0["text"] as? String ?? "" } }

    /// The status of the end record, if there is one.
    var endStatus: String? { records(ofType: "end").last?["status"] as? String }

    /// Each record with the fields that depend on the clock (startedAt, seconds) removed, as
    /// canonical JSON, for comparing two runs.
    var recordsWithoutTimes: [String] {
        records.map { record in
            var record = record
            record["startedAt"] = nil
            record["seconds"] = nil
            let data = (try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }
}

/// The keys of every JSON object in `line` (nested ones too), each object's in the order written.
func objectKeysInOrder(_ line: String) -> [[String]] {
    enum Container { case object([String]), array }
    var stack: [Container] = []
    var finished: [[String]] = []
    var expectingKey = false
    var scalars = Array(line.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
        switch scalar {
        case "{":
            stack.append(.object([]))
            expectingKey = true
        case "[":
            stack.append(.array)
            expectingKey = false
        case "}", "]":
            if case .object(let keys) = stack.popLast() { finished.append(keys) }
            expectingKey = false
        case ",":
            if case .object = stack.last { expectingKey = true }
        case "\"":
            var text = String.UnicodeScalarView()
            while let next = scalars.popFirst(), next != "\"" {
                text.append(next)
                if next == "\\", let escaped = scalars.popFirst() { text.append(escaped) }
            }
            if expectingKey, case .object(let keys) = stack.last {
                stack[stack.count - 1] = .object(keys + [String(text)])
                expectingKey = false
            }
        default:
            break
        }
    }
    return finished
}

/// The path after `Transcript: ` on the program's last lines (piped output is never wrapped).
func transcriptPath(in output: String) -> String? {
    guard let line = output.split(separator: "\n").last(where: { $0.contains("Transcript: ") }),
          let range = line.range(of: "Transcript: ") else { return nil }
    return line[range.upperBound...].trimmingCharacters(in: .whitespaces)
}

/// The permission bits of a file or folder.
func permissions(of path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
}
