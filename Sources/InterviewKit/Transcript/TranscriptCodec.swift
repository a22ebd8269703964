import Dispatch
import Foundation

/// Why a transcript could not be read.
public enum TranscriptError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A line is not a record this build understands.
    case corruptLine(line: Int, detail: String)
    /// The file was written by a newer build.
    case newerSchema(found: Int, supported: Int)
    /// The first record is not a header.
    case missingHeader
    /// A line is longer than any record barraiser writes (`TranscriptCodec.maximumLineBytes`).
    case lineTooLong(line: Int, limit: Int)

    public var description: String {
        switch self {
        case .corruptLine(let line, let detail): "line \(line) is not a transcript record (\(detail))"
        case .newerSchema(let found, let supported): "schema version \(found) is newer than this build reads (\(supported)); update barraiser"
        case .missingHeader: "line 1 is not a transcript header; is this a barraiser transcript?"
        case .lineTooLong(let line, let limit): "line \(line) is longer than the \(limit >> 20) MB a transcript line may hold; is this a barraiser transcript?"
        }
    }
}

/// Encodes records as single JSON lines (sorted keys, so files diff cleanly) and decodes them back.
public enum TranscriptCodec {
    /// One record as one line of JSON, without the newline.
    public static func encode(_ record: TranscriptRecord) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain values cannot fail; an empty object keeps the file line-per-record if it ever did.
        guard let data = try? encoder.encode(record) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The schema version a header line declares when it is newer than this build reads, however
    /// the rest of the line has changed; nil for anything else. Read before the line is decoded,
    /// so a newer file is named as newer rather than as corrupt.
    public static func newerSchemaVersion(inHeaderLine line: Data) -> Int? {
        struct Declared: Decodable {
            var type: String?
            var schemaVersion: Int?
        }
        guard let declared = try? JSONDecoder().decode(Declared.self, from: line), declared.type == "header",
              let version = declared.schemaVersion, version > TranscriptRecord.schemaVersion else { return nil }
        return version
    }

    /// The longest line a transcript may hold: 16 MiB, about two and a half million words, far
    /// past any answer. A longer line is refused without being kept in memory, so a hostile file
    /// cannot make reading it take gigabytes.
    public static let maximumLineBytes = 16 << 20

    /// One line of a file as a record, or nil when it is not one this build reads.
    public static func record(fromLine line: Data) -> TranscriptRecord? {
        line.withUnsafeBytes { record(from: $0.bindMemory(to: UInt8.self)) }
    }

    /// One line as a record: read by `JSONLine` when it can, else by `JSONDecoder`, which has the
    /// last word on every line the fast reader declines.
    static func record(from bytes: UnsafeBufferPointer<UInt8>) -> TranscriptRecord? {
        if let value = try? JSONLine.parse(bytes) {
            if let record = TranscriptRecord(commonRecord: value) ?? (try? TranscriptRecord(from: JSONValueDecoder(value))) { return record }
        }
        return try? JSONDecoder().decode(TranscriptRecord.self, from: Data(buffer: bytes))
    }

    /// The records of a whole file. A last line cut short (a crash mid-write) becomes a warning,
    /// not a failure. A corrupt line elsewhere fails with its line number, unless `lenient`, which
    /// skips it with a warning.
    public static func decode(_ text: String, lenient: Bool = false) throws(TranscriptError) -> DecodedTranscript {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(TranscriptError) in try decode(bytes: bytes, lenient: lenient) } }
        return try result.get()
    }

    /// `decode(_:lenient:)` over the file's bytes.
    public static func decode(bytes: UnsafeBufferPointer<UInt8>, lenient: Bool = false) throws(TranscriptError) -> DecodedTranscript {
        var reader = TranscriptLineReader(lenient: lenient)
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if end - start > maximumLineBytes {
                try reader.readOverlongLine()
            } else {
                try reader.read(line: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
            start = end + 1
        }
        return try reader.finish(endsWithNewline: bytes.last == 0x0A)
    }
}

/// Reads a transcript one line at a time, as the lines arrive, so that a file need not be held
/// whole: `read(line:)` for each line (the text after the last newline included), then `finish`.
public struct TranscriptLineReader {
    private enum Failure { case corrupt, tooLong }

    private let lenient: Bool
    private var records: [TranscriptRecord] = []
    private var warnings: [TranscriptWarning] = []
    private var lineNumber = 0
    /// A line that did not read, held until a later line shows it was not the file's last one.
    private var pending: (line: Int, failure: Failure)?

    public init(lenient: Bool) { self.lenient = lenient }

    /// One line without its newline; a `\r` before the newline goes with it, so a file saved with
    /// Windows line endings reads the same.
    public mutating func read(line: UnsafeBufferPointer<UInt8>) throws(TranscriptError) {
        try read(line: line) { TranscriptCodec.record(from: $0) }
    }

    /// Lines in the order they come, each without its newline and none longer than
    /// `TranscriptCodec.maximumLineBytes`: the same as `read(line:)` for each in turn, but the
    /// lines' records (nearly all the work) are read first, on up to `workers` threads at once.
    public mutating func read(lines: [UnsafeBufferPointer<UInt8>], workers: Int) throws(TranscriptError) {
        let runs = max(1, min(workers, lines.count / Self.minimumLinesPerRun))
        guard runs > 1 else {
            for line in lines { try read(line: line) }
            return
        }
        let records = RecordSlots(count: lines.count)
        defer { records.release() }
        let bounds = Self.runBounds(of: lines, runs: runs)
        // The lines' bytes are only read while the threads run, and outlive them.
        nonisolated(unsafe) let shared = lines
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            for index in bounds[run]..<bounds[run + 1] {
                let line = Self.withoutCarriageReturn(shared[index])
                if !Self.isBlank(line) { records.slots[index] = TranscriptCodec.record(from: line) }
            }
        }
        for index in lines.indices { try read(line: lines[index]) { _ in records.slots[index] } }
    }

    /// Fewer lines than this are not worth a thread of their own.
    static let minimumLinesPerRun = 256

    /// Where each of `runs` runs of lines starts, then where the last ends. Each run holds about
    /// the same number of bytes, not of lines: reading a record takes time in step with its bytes,
    /// and one line (a debrief, a long pasted answer) can outweigh hundreds of others.
    private static func runBounds(of lines: [UnsafeBufferPointer<UInt8>], runs: Int) -> [Int] {
        // A newline counts as a byte, so blank lines weigh something.
        let totalBytes = lines.reduce(0) { $0 + $1.count + 1 }
        var bounds = [0]
        var bytesSoFar = 0
        for (index, line) in lines.enumerated() {
            bytesSoFar += line.count + 1
            while bounds.count < runs, bytesSoFar * runs >= totalBytes * bounds.count { bounds.append(index + 1) }
        }
        return bounds + [lines.count]
    }

    /// One line, its record read by `record`.
    private mutating func read(line: UnsafeBufferPointer<UInt8>,
                               record readRecord: (UnsafeBufferPointer<UInt8>) -> TranscriptRecord?) throws(TranscriptError) {
        lineNumber += 1
        let line = Self.withoutCarriageReturn(line)
        guard !Self.isBlank(line) else { return }
        try settlePending()
        guard let record = readRecord(line) else {
            // A first line that does not read may be a newer header whose shape changed: named as
            // newer, with the fix of updating, rather than as corrupt.
            if records.isEmpty, let version = TranscriptCodec.newerSchemaVersion(inHeaderLine: Data(line)) {
                throw .newerSchema(found: version, supported: TranscriptRecord.schemaVersion)
            }
            pending = (lineNumber, .corrupt)
            return
        }
        if case .header(let header) = record, header.schemaVersion > TranscriptRecord.schemaVersion {
            throw .newerSchema(found: header.schemaVersion, supported: TranscriptRecord.schemaVersion)
        }
        records.append(record)
    }

    /// A line longer than `TranscriptCodec.maximumLineBytes`, whose bytes were not kept.
    public mutating func readOverlongLine() throws(TranscriptError) {
        lineNumber += 1
        try settlePending()
        pending = (lineNumber, .tooLong)
    }

    /// The records read. A line that did not read is a cut-off last line when nothing but blank
    /// lines came after it and the file does not end with a newline.
    public mutating func finish(endsWithNewline: Bool) throws(TranscriptError) -> DecodedTranscript {
        if let pending, !endsWithNewline {
            warnings.append(.truncatedLastLine(line: pending.line))
            self.pending = nil
        }
        try settlePending()
        guard case .header = records.first else { throw .missingHeader }
        return DecodedTranscript(records: records, warnings: warnings)
    }

    private mutating func settlePending() throws(TranscriptError) {
        guard let (line, failure) = pending else { return }
        pending = nil
        guard lenient else {
            switch failure {
            case .corrupt: throw .corruptLine(line: line, detail: "not valid JSON for a record")
            case .tooLong: throw .lineTooLong(line: line, limit: TranscriptCodec.maximumLineBytes)
            }
        }
        warnings.append(.skippedCorruptLine(line: line))
    }

    private static func withoutCarriageReturn(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        line.last == 0x0D ? UnsafeBufferPointer(rebasing: line.dropLast()) : line
    }

    /// One record slot per line, each written by one thread only and read once all have finished.
    private struct RecordSlots: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<TranscriptRecord?>
        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }
        func release() {
            slots.deinitialize()
            slots.deallocate()
        }
    }

    /// Whether a line holds nothing but whitespace, Unicode's included.
    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.firstIndex(where: { !($0 == 0x20 || (0x09...0x0D).contains($0)) }) else { return true }
        // A record starts with "{": no need to look further. Only Unicode whitespace can still be blank.
        guard line[first] >= 0x80 else { return false }
        return String(decoding: line, as: UTF8.self).allSatisfy(\.isWhitespace)
    }
}

/// A transcript's records, and what was wrong with the file but could be read around.
public struct DecodedTranscript: Equatable, Sendable {
    public var records: [TranscriptRecord]
    public var warnings: [TranscriptWarning]

    /// The line of a last record cut short, if any.
    public var truncatedLastLine: Int? {
        warnings.lazy.compactMap { if case .truncatedLastLine(let line) = $0 { line } else { nil } }.first
    }
}

/// Something wrong with a transcript file that did not stop it being read.
public enum TranscriptWarning: Equatable, Sendable, CustomStringConvertible {
    /// The last line was cut off mid-write (a crash); the records before it are used.
    case truncatedLastLine(line: Int)
    /// A corrupt line skipped because of `--lenient`.
    case skippedCorruptLine(line: Int)

    /// The line the warning is about.
    public var line: Int {
        switch self {
        case .truncatedLastLine(let line), .skippedCorruptLine(let line): line
        }
    }

    public var description: String {
        switch self {
        case .truncatedLastLine(let line): "line \(line) was cut off mid-write (the program was stopped); the records before it are used"
        case .skippedCorruptLine(let line): "line \(line) is not a transcript record; skipped (--lenient)"
        }
    }
}
