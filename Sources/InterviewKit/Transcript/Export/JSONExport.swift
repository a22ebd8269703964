import Foundation

/// A transcript as one JSON document holding the same records as the file.
public enum JSONExport {
    public static func render(records: [TranscriptRecord]) -> String {
        struct Document: Encodable {
            var schemaVersion: Int
            var records: [TranscriptRecord]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Document(schemaVersion: TranscriptRecord.schemaVersion, records: records)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
