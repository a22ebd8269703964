import Dispatch
import Foundation
import InterviewKit

/// Every transcript in the folder read back as an interview, for `progress`: the files that
/// could not be read, or only in part, are kept by name so that one line can say so.
struct TranscriptHistory {
    var interviews: [RecordedInterview] = []
    var read = 0
    /// File name, the line at fault when there is one, and why the file was left out.
    var skipped: [(file: String, line: Int?, problem: String)] = []
    /// File name and the line where it was cut off; what came before is used.
    var cutShort: [(file: String, line: Int)] = []
    /// File name and the corrupt lines `--lenient` skipped.
    var skippedLines: [(file: String, lines: [Int])] = []
    /// Files with no `end` record: the interview was stopped before it ended.
    var unfinished: [String] = []
    /// Files from an older schema version than this build writes.
    var older: [String] = []

    /// Reads every `*.jsonl` in `folder`, in the order they were written (name, then the `-2`,
    /// `-3` of files started in the same second). A folder that does not exist holds none.
    static func read(_ folder: String, lenient: Bool) -> TranscriptHistory {
        var history = TranscriptHistory()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".jsonl") }
        let ordered = names.map({ (writingOrder($0), $0) }).sorted(by: { $0.0 < $1.0 }).map(\.1)
        let outcomes = readAll(ordered.map { (folder as NSString).appendingPathComponent($0) }, lenient: lenient)
        for (name, outcome) in zip(ordered, outcomes) {
            guard let outcome else {
                history.skipped.append((name, nil, "cannot read the file"))
                continue
            }
            do {
                let (interview, decoded) = try outcome.get()
                history.interviews.append(interview)
                history.read += 1
                if let line = decoded.truncatedLastLine { history.cutShort.append((name, line)) }
                let corrupt = decoded.warnings.compactMap { if case .skippedCorruptLine(let line) = $0 { line } else { nil } }
                if !corrupt.isEmpty { history.skippedLines.append((name, corrupt)) }
                if interview.status == nil { history.unfinished.append(name) }
                if interview.header.schemaVersion < TranscriptRecord.schemaVersion { history.older.append(name) }
            } catch {
                switch error {
                case .corruptLine(1, _), .missingHeader: history.skipped.append((name, 1, "not a transcript header"))
                case .corruptLine(let line, _): history.skipped.append((name, line, "not a transcript record; --lenient skips such lines"))
                case .lineTooLong(let line, _): history.skipped.append((name, line, "\(error)"))
                case .newerSchema(let found, let supported):
                    history.skipped.append((name, 1, "schema version \(found) is newer than this build reads (\(supported)); update barraiser"))
                }
            }
        }
        return history
    }

    /// Each file read as an interview (with its warnings), on every core: the files are independent,
    /// and reading them is nearly all the time `progress` takes. In the order given; nil for a file
    /// that cannot be read.
    private static func readAll(_ paths: [String], lenient: Bool) -> [Result<(RecordedInterview, DecodedTranscript), TranscriptError>?] {
        var outcomes = [Result<(RecordedInterview, DecodedTranscript), TranscriptError>?](repeating: nil, count: paths.count)
        outcomes.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own element.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: paths.count) { index in
                slots[index] = TranscriptFileReader.read(paths[index], lenient: lenient, workers: 1).map { result in
                    result.flatMap { decoded in
                        Result { () throws(TranscriptError) in
                            let interview = try RecordedInterview(records: decoded.records)
                            var warnings = decoded
                            warnings.records = []
                            return (interview, warnings)
                        }
                    }
                }
            }
        }
        return outcomes
    }

    /// `20261201-101500-pm-bar-raiser-2.jsonl` sorts after `20261201-101500-pm-bar-raiser.jsonl`.
    private static func writingOrder(_ name: String) -> (String, Int) {
        let stem = name.dropLast(".jsonl".count)
        if let dash = stem.lastIndex(of: "-"), case let digits = stem[stem.index(after: dash)...],
           (1...4).contains(digits.count), digits.allSatisfy(\.isASCII), let attempt = Int(digits) {
            return (String(stem[..<dash]), attempt)
        }
        return (String(stem), 1)
    }

    /// One line on what was left out or read only in part; nil when every file was read whole.
    var problemsLine: String? {
        var parts: [String] = []
        if !skipped.isEmpty {
            parts.append("skipped \(skipped.count) unreadable: " + skipped.map { "\($0.file)\($0.line.map { ":\($0)" } ?? ""): \($0.problem)" }.joined(separator: ", "))
        }
        if !cutShort.isEmpty {
            parts.append("\(cutShort.count) cut off mid-write, read up to the cut: " + cutShort.map { "\($0.file):\($0.line)" }.joined(separator: ", "))
        }
        if !skippedLines.isEmpty {
            parts.append("corrupt lines skipped (--lenient): " + skippedLines.map { file, lines in
                lines.map { "\(file):\($0)" }.joined(separator: ", ")
            }.joined(separator: ", "))
        }
        if !unfinished.isEmpty { parts.append("\(unfinished.count) unfinished: " + unfinished.joined(separator: ", ")) }
        if !older.isEmpty { parts.append("\(older.count) from an older schema version: " + older.joined(separator: ", ")) }
        guard !parts.isEmpty else { return nil }
        return "read \(read) transcript\(read == 1 ? "" : "s"); " + parts.joined(separator: "; ")
    }
}
