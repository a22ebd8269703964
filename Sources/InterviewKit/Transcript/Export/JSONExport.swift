import Foundation

/// A transcript as one JSON document holding the same records as the file.
public enum JSONExport {
    /// Each record is encoded on its own, compactly, and indented as it is copied out: encoding
    /// the whole document pretty-printed at once took twice as long as reading the file.
    public static func render(records: [TranscriptRecord]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out: [UInt8] = []
        out.reserveCapacity(records.count * 512)
        out.append(contentsOf: Array("{\n  \"records\" : [".utf8))
        if records.isEmpty {
            out.append(contentsOf: Array("\n\n  ]".utf8))
        } else {
            for (index, record) in records.enumerated() {
                out.append(contentsOf: Array((index == 0 ? "\n    " : ",\n    ").utf8))
                guard let data = try? encoder.encode(record) else { return "{}\n" }
                indent(data, depth: 2, into: &out)
            }
            out.append(contentsOf: Array("\n  ]".utf8))
        }
        out.append(contentsOf: Array(",\n  \"schemaVersion\" : \(TranscriptRecord.schemaVersion)\n}\n".utf8))
        return String(decoding: out, as: UTF8.self)
    }

    /// Copies compact JSON as `JSONEncoder`'s pretty-printing lays it out: two spaces a level,
    /// `" : "` after a key, and an empty array or object as an opening line, a blank one, and its close.
    static func indent(_ compact: Data, depth start: Int, into out: inout [UInt8]) {
        compact.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var depth = start
            var index = 0
            func newline(_ level: Int) {
                out.append(0x0A)
                for _ in 0..<(level * 2) { out.append(0x20) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22: // a string, copied whole, escapes and all
                    out.append(byte)
                    index += 1
                    while index < bytes.count {
                        let next = bytes[index]
                        out.append(next)
                        index += 1
                        if next == 0x5C, index < bytes.count { out.append(bytes[index]); index += 1; continue }
                        if next == 0x22 { break }
                    }
                    continue
                case 0x7B, 0x5B: // { [
                    let close: UInt8 = byte == 0x7B ? 0x7D : 0x5D
                    out.append(byte)
                    if index + 1 < bytes.count && bytes[index + 1] == close {
                        out.append(0x0A)
                        newline(depth)
                        out.append(close)
                        index += 2
                        continue
                    }
                    depth += 1
                    newline(depth)
                case 0x7D, 0x5D: // } ]
                    depth -= 1
                    newline(depth)
                    out.append(byte)
                case 0x2C: // ,
                    out.append(byte)
                    newline(depth)
                case 0x3A: // :
                    out.append(contentsOf: [0x20, 0x3A, 0x20])
                default:
                    out.append(byte)
                }
                index += 1
            }
        }
    }
}
