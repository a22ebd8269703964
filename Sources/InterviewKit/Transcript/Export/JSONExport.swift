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
    /// field by field, straight into one buffer of bytes: going through `Codable` cost more than
    /// reading the file. The other records are few, and `JSONEncoder` writes them.
    static func written(_ records: [TranscriptRecord]) throws -> String {
        var out = Writer()
        out.bytes.reserveCapacity(records.count * 600)
        out.raw("{\n  \"records\" : [")
        let encoder = prettyEncoder
        for (index, record) in records.enumerated() {
            out.raw(index == 0 ? "\n    " : ",\n    ")
            switch record {
            case .question(let question):
                out.open()
                if let part = question.part { out.field("part", string: part) }
                out.name("principles")
                if question.principles.isEmpty {
                    out.raw("[\n\n      ]")
                } else {
                    out.raw("[\n        ")
                    for (position, principle) in question.principles.enumerated() {
                        if position > 0 { out.raw(",\n        ") }
                        out.string(principle.rawValue)
                    }
                    out.raw("\n      ]")
                }
                out.field("questionID", string: question.questionID)
                out.field("round", string: question.round.rawValue)
                out.field("text", string: question.text)
                out.field("type", string: "question")
            case .answer(let answer):
                out.open()
                out.name("seconds")
                out.raw(try number(answer.seconds))
                out.field("text", string: answer.text)
                out.field("type", string: "answer")
            case .probe(let probe):
                out.open()
                out.name("depth")
                out.raw(String(probe.depth))
                if let firm = probe.firm {
                    out.name("firm")
                    out.raw(firm ? "true" : "false")
                }
                if let issue = probe.issue { out.field("issue", string: issue.rawValue) }
                if let principle = probe.principle { out.field("principle", string: principle.rawValue) }
                if let quote = probe.quote { out.field("quote", string: quote) }
                out.field("reason", string: probe.reason)
                if let source = probe.source { out.field("source", string: source.rawValue) }
                out.field("target", string: probe.target.rawValue)
                out.field("text", string: probe.text)
                out.field("type", string: "probe")
            default:
                // A record `JSONEncoder` lays out on its own, moved two levels in: JSON strings hold no
                // raw line breaks, so every line break is one of the layout's (an empty list's blank
                // line stays blank).
                let data = try encoder.encode(record)
                data.withUnsafeBytes { (encoded: UnsafeRawBufferPointer) in
                    let encoded = encoded.bindMemory(to: UInt8.self)
                    // Line by line: each line is copied whole, then the indent of the next.
                    var line = 0
                    for offset in encoded.indices where encoded[offset] == 0x0A {
                        out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: encoded[line...offset]))
                        if offset + 1 < encoded.count, encoded[offset + 1] != 0x0A { out.raw("    ") }
                        line = offset + 1
                    }
                    out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: encoded[line...]))
                }
                continue
            }
            out.raw("\n    }")
        }
        out.raw(records.isEmpty ? "\n\n  ],\n" : "\n  ],\n")
        out.raw("  \"schemaVersion\" : \(TranscriptRecord.schemaVersion)\n}\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The document's bytes as they are written, and whether the record open has a field yet.
    struct Writer {
        var bytes: [UInt8] = []
        var fields = 0

        mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

        /// A record's opening brace; its fields follow.
        mutating func open() {
            bytes.append(0x7B)
            fields = 0
        }

        /// A field's name, on a line of its own after the one before.
        mutating func name(_ name: String) {
            raw(fields == 0 ? "\n      \"" : ",\n      \"")
            raw(name)
            raw("\" : ")
            fields += 1
        }

        mutating func field(_ name: String, string text: String) {
            self.name(name)
            string(text)
        }

        /// A JSON string as `JSONEncoder` writes it: quotes, backslashes and control characters
        /// escaped, slashes and everything else as they are.
        mutating func string(_ text: String) {
            bytes.append(0x22)
            // Runs of bytes that need no escape are copied whole, not a byte at a time.
            var text = text
            text.withUTF8 { utf8 in
                var run = 0
                for index in utf8.indices {
                    let byte = utf8[index]
                    guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                    escape(byte)
                    run = index + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
            }
            bytes.append(0x22)
        }

        mutating func escape(_ byte: UInt8) {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x08: bytes += [0x5C, 0x62]
            case 0x0C: bytes += [0x5C, 0x66]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            default: bytes += [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]]
            }
        }

        static let hex = Array("0123456789abcdef".utf8)
    }

    /// A double as `JSONEncoder` writes it: its shortest form without a trailing ".0".
    static func number(_ value: Double) throws(Declined) -> String {
        guard value.isFinite else { throw Declined() }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
