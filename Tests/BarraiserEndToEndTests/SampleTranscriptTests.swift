// The sample transcripts in transcripts/samples/ are what a new user opens first, so they must
// stay what the program writes: each is re-run from its scripted answers and compared record by
// record. An intended change to the engine or the bank is followed by `scripts/make-samples`.
import Foundation
import Testing

@Suite("Sample transcripts")
struct SampleTranscriptTests {
    let sandbox = Sandbox()

    /// The samples, each `<name>.args`, `<name>.answers` and `<name>.jsonl` in transcripts/samples/.
    static let samples = ["pm-bar-raiser", "pmm-functional", "pm-loop"]

    @Test("Each sample is what the program writes today for its flags and answers", arguments: samples)
    func sampleMatchesAFreshRun(_ name: String) throws {
        let sample = SampleFiles(name: name)
        let committed = try Transcript(path: sample.transcript)
        let arguments = try sample.arguments()
        let answers = try sample.answers()

        let result = try runBarraiser(arguments + ["--transcripts", sandbox.transcripts], stdin: answers, in: sandbox)
        #expect(result.status == 0, "barraiser \(arguments.joined(separator: " ")) exited \(result.status); stderr: \(result.stderr)")
        let produced = try sandbox.onlyTranscript()

        let expected = committed.records.map(comparable)
        let actual = produced.records.map(comparable)
        let advice = "If the change is intended, run scripts/make-samples and commit the new samples."
        if let line = zip(expected, actual).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("""
                \(name).jsonl line \(line + 1) differs from what the program writes now \
                (startedAt and seconds aside).
                committed: \(expected[line])
                produced:  \(actual[line])
                \(advice)
                """)
        } else if expected.count != actual.count {
            let first = min(expected.count, actual.count)
            let extra = expected.count > actual.count ? "committed: \(expected[first])" : "produced:  \(actual[first])"
            Issue.record("""
                \(name).jsonl has \(expected.count) records; the program now writes \(actual.count). \
                The first one that is not in both, line \(first + 1):
                \(extra)
                \(advice)
                """)
        }
    }

    @Test("Each sample runs to completion", arguments: samples)
    func sampleEndsCompleted(_ name: String) throws {
        let transcript = try Transcript(path: SampleFiles(name: name).transcript)
        let last = try #require(transcript.records.last, "\(name).jsonl is empty")
        #expect(last["type"] as? String == "end" && last["status"] as? String == "completed",
                "\(name).jsonl must end with {\"status\":\"completed\",\"type\":\"end\"}; add answers to \(name).answers and run scripts/make-samples")
    }

    @Test("show and export read each sample", arguments: samples)
    func sampleShowsAndExports(_ name: String) throws {
        let path = SampleFiles(name: name).transcript

        let shown = try runBarraiser(["show", path], stdin: "", in: sandbox)
        #expect(shown.status == 0, "barraiser show \(path) exited \(shown.status); stderr: \(shown.stderr)")
        #expect(!shown.stdout.isEmpty)

        let exported = try runBarraiser(["export", path, "--format", "html"], stdin: "", in: sandbox)
        #expect(exported.status == 0, "barraiser export \(path) --format html exited \(exported.status); stderr: \(exported.stderr)")
        #expect(exported.stdout.contains("<svg"), "the HTML export of \(name).jsonl has no <svg> chart")
    }
}

/// One sample's files in the repository.
private struct SampleFiles {
    let name: String

    /// transcripts/samples/ in the repository that holds this test file.
    static let folder: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // BarraiserEndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the repository
        .appendingPathComponent("transcripts/samples").path

    var transcript: String { Self.folder + "/" + name + ".jsonl" }

    /// The practice flags, from the one line of `<name>.args`.
    func arguments() throws -> [String] {
        try text(of: name + ".args").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// What the candidate types, fed to standard input as it is.
    func answers() throws -> String {
        try text(of: name + ".answers")
    }

    private func text(of file: String) throws -> String {
        let path = Self.folder + "/" + file
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HarnessError("cannot read \(path)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A record as canonical JSON without what depends on the clock: the header's `startedAt` and
/// each answer's `seconds`.
private func comparable(_ record: [String: Any]) -> String {
    var record = record
    switch record["type"] as? String {
    case "header": record["startedAt"] = nil
    case "answer": record["seconds"] = nil
    default: break
    }
    guard let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) else {
        return "\(record)"
    }
    return String(decoding: data, as: UTF8.self)
}
