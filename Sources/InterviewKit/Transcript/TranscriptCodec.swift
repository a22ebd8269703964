import Foundation

/// Why a transcript could not be read.
public enum TranscriptError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A line is not a record this build understands.
    case corruptLine(line: Int, detail: String)
    /// The file was written by a newer build.
    case newerSchema(found: Int, supported: Int)
    /// The first record is not a header.
    case missingHeader

    public var description: String {
        switch self {
        case .corruptLine(let line, let detail): "line \(line) is not a transcript record (\(detail))"
        case .newerSchema(let found, let supported): "schema version \(found) is newer than this build reads (\(supported)); update barraiser"
        case .missingHeader: "line 1 is not a transcript header; is this a barraiser transcript?"
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

    /// One line of a file as a record, or nil when it is not one this build reads.
    public static func record(fromLine line: Data) -> TranscriptRecord? {
        try? JSONDecoder().decode(TranscriptRecord.self, from: line)
    }

    /// The records of a whole file. A last line cut short (a crash mid-write) becomes a warning,
    /// not a failure. A corrupt line elsewhere fails with its line number, unless `lenient`, which
    /// skips it with a warning.
    public static func decode(_ text: String, lenient: Bool = false) throws(TranscriptError) -> DecodedTranscript {
        let decoder = JSONDecoder()
        var records: [TranscriptRecord] = []
        var warnings: [TranscriptWarning] = []
        // Split on bytes, not Characters: reading a long history is mostly this loop. A line's
        // "\r" before its "\n" goes with it, so a file saved with Windows line endings reads the same.
        let bytes = Array(text.utf8)
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { $0.last == 0x0D ? $0.dropLast() : $0 }
        let endsWithNewline = bytes.last == 0x0A
        let lastContentLine = lines.lastIndex { !isBlank($0) }
        if let first = lines.first(where: { !isBlank($0) }), let version = newerSchemaVersion(inHeaderLine: Data(first)) {
            throw .newerSchema(found: version, supported: TranscriptRecord.schemaVersion)
        }
        for (offset, line) in lines.enumerated() where !isBlank(line) {
            let number = offset + 1
            let record: TranscriptRecord
            do {
                record = try decoder.decode(TranscriptRecord.self, from: Data(line))
            } catch {
                if offset == lastContentLine && !endsWithNewline {
                    warnings.append(.truncatedLastLine(line: number))
                    continue
                }
                guard lenient else { throw .corruptLine(line: number, detail: "not valid JSON for a record") }
                warnings.append(.skippedCorruptLine(line: number))
                continue
            }
            if case .header(let header) = record, header.schemaVersion > TranscriptRecord.schemaVersion {
                throw .newerSchema(found: header.schemaVersion, supported: TranscriptRecord.schemaVersion)
            }
            records.append(record)
        }
        guard case .header = records.first else { throw .missingHeader }
        return DecodedTranscript(records: records, warnings: warnings)
    }

    /// Whether a line holds nothing but whitespace, Unicode's included.
    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        if line.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) { return true }
        return line.contains { $0 >= 0x80 } && String(decoding: line, as: UTF8.self).allSatisfy(\.isWhitespace)
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
