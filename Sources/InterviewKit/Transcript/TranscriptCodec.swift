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

    /// The records of a whole file. A last line cut short (a crash mid-write) is reported in
    /// `truncatedLastLine` rather than failing the read.
    public static func decode(_ text: String) throws(TranscriptError) -> (records: [TranscriptRecord], truncatedLastLine: Int?) {
        let decoder = JSONDecoder()
        var records: [TranscriptRecord] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var truncated: Int?
        for (offset, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let number = offset + 1
            do {
                let record = try decoder.decode(TranscriptRecord.self, from: Data(line.utf8))
                if case .header(let header) = record, header.schemaVersion > TranscriptRecord.schemaVersion {
                    throw TranscriptError.newerSchema(found: header.schemaVersion, supported: TranscriptRecord.schemaVersion)
                }
                records.append(record)
            } catch let error as TranscriptError {
                throw error
            } catch {
                let isLast = lines[(offset + 1)...].allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
                if isLast && !text.hasSuffix("\n") {
                    truncated = number
                } else {
                    throw .corruptLine(line: number, detail: "not valid JSON for a record")
                }
            }
        }
        guard case .header = records.first else { throw .missingHeader }
        return (records, truncated)
    }
}
