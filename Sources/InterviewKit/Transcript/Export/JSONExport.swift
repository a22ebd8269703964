import Foundation

/// A transcript as one JSON document holding the same records as the file, laid out byte for byte
/// as `JSONEncoder` pretty-prints it with sorted keys.
public enum JSONExport {
    public static func render(records: [TranscriptRecord]) -> String {
        if let text = try? written(records) { return text }
        struct Document: Encodable {
            var schemaVersion: Int
            var records: [TranscriptRecord]
        }
        guard let data = try? prettyEncoder.encode(Document(schemaVersion: TranscriptRecord.schemaVersion, records: records)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static var prettyEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// Why the writer left a transcript to `JSONEncoder`: a number JSON cannot hold.
    struct Declined: Error {}

    /// Questions, answers and probes, nearly every record of a long transcript, are written here
    /// field by field: going through `Codable` cost more than reading the file. The other records
    /// are few, and `JSONEncoder` writes them.
    static func written(_ records: [TranscriptRecord]) throws -> String {
        var out = "{\n  \"records\" : ["
        out.reserveCapacity(records.count * 600)
        let encoder = prettyEncoder
        for (index, record) in records.enumerated() {
            out += index == 0 ? "\n    " : ",\n    "
            var fields: [(String, String)] = []
            switch record {
            case .question(let question):
                if let part = question.part { fields.append(("part", string(part))) }
                fields += [("principles", list(question.principles.map { string($0.rawValue) })), ("questionID", string(question.questionID)),
                           ("round", string(question.round.rawValue)), ("text", string(question.text)), ("type", "\"question\"")]
            case .answer(let answer):
                fields = [("seconds", try number(answer.seconds)), ("text", string(answer.text)), ("type", "\"answer\"")]
            case .probe(let probe):
                fields.append(("depth", String(probe.depth)))
                if let firm = probe.firm { fields.append(("firm", firm ? "true" : "false")) }
                if let issue = probe.issue { fields.append(("issue", string(issue.rawValue))) }
                if let principle = probe.principle { fields.append(("principle", string(principle.rawValue))) }
                if let quote = probe.quote { fields.append(("quote", string(quote))) }
                fields.append(("reason", string(probe.reason)))
                if let source = probe.source { fields.append(("source", string(source.rawValue))) }
                fields += [("target", string(probe.target.rawValue)), ("text", string(probe.text)), ("type", "\"probe\"")]
            default:
                // A record `JSONEncoder` lays out on its own, moved two levels in: JSON strings hold no
                // raw line breaks, so every line break is one of the layout's (an empty list's blank
                // line stays blank).
                let data = try encoder.encode(record)
                var moved: [UInt8] = []
                moved.reserveCapacity(data.count * 5 / 4)
                for (offset, byte) in data.enumerated() {
                    moved.append(byte)
                    if byte == 0x0A, offset + 1 < data.count, data[data.startIndex + offset + 1] != 0x0A { moved += [0x20, 0x20, 0x20, 0x20] }
                }
                out += String(decoding: moved, as: UTF8.self)
                continue
            }
            out += "{"
            for (position, field) in fields.enumerated() {
                out += position == 0 ? "\n      \"" : ",\n      \""
                out += field.0
                out += "\" : "
                out += field.1
            }
            out += "\n    }"
        }
        out += records.isEmpty ? "\n\n  ],\n" : "\n  ],\n"
        out += "  \"schemaVersion\" : \(TranscriptRecord.schemaVersion)\n}\n"
        return out
    }

    /// A list of strings already written, at the depth of a record's field.
    static func list(_ items: [String]) -> String {
        items.isEmpty ? "[\n\n      ]" : "[\n        " + items.joined(separator: ",\n        ") + "\n      ]"
    }

    /// A double as `JSONEncoder` writes it: its shortest form without a trailing ".0".
    static func number(_ value: Double) throws(Declined) -> String {
        guard value.isFinite else { throw Declined() }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// A JSON string as `JSONEncoder` writes it: quotes, backslashes and control characters escaped,
    /// slashes and everything else as they are.
    static func string(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) { return "\"" + text + "\"" }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(text.utf8.count + 8)
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x08: bytes += [0x5C, 0x62]
            case 0x0C: bytes += [0x5C, 0x66]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x00..<0x20: bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }
}
