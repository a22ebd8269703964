/// Makes text from a transcript safe to print: a file someone sent you must never drive the
/// terminal. Escape sequences and control characters become visible symbols; line breaks and
/// tabs stay.
public enum SafeText {
    public static func forTerminal(_ text: String) -> String {
        // Most text holds nothing to change: say so from its bytes, without decoding a scalar.
        if !mayNeedChange(text) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09:
                scalars.append(scalar)
            case 0x00...0x1F:
                // The Control Pictures block shows each C0 control as a visible symbol (ESC as ␛).
                scalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
            case 0x7F:
                scalars.append("\u{2421}")
            case 0x80...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                // C1 controls and bidirectional overrides can reorder or hide what follows.
                scalars.append("\u{FFFD}")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// False when no scalar of `text` is one `forTerminal` replaces, told from its bytes.
    private static func mayNeedChange(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 || byte >= 0x7F, endsReplacedScalar(byte, after: previous, beforePrevious) { return true }
                beforePrevious = previous
                previous = byte
            }
            return false
        }
    }

    /// Whether `byte`, after `previous` and `beforePrevious`, ends a scalar `forTerminal` replaces:
    /// a C0 control other than a line break or tab, DEL, a C1 control (`C2 80`…`C2 9F`), or a
    /// bidirectional control (`E2 80 8E`…`8F`, `E2 80 AA`…`AE`, `E2 81 A6`…`A9`).
    @inline(__always)
    static func endsReplacedScalar(_ byte: UInt8, after previous: UInt8, _ beforePrevious: UInt8) -> Bool {
        switch byte {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F: true
        case 0x80...0x9F where previous == 0xC2: true
        case 0x8E...0x8F, 0xAA...0xAE: beforePrevious == 0xE2 && previous == 0x80
        case 0xA6...0xA9: beforePrevious == 0xE2 && previous == 0x81
        default: false
        }
    }
}

/// Escapes for the exports, in one pass over the bytes: Foundation's `replacingOccurrences`, once
/// per character escaped, was most of the time an export of a long interview took.
enum MarkupEscape {
    /// `text` with `&`, `<` and `>` as entities (and `"` too when `quotes`), and each line break
    /// as `breakAs` when it is given.
    static func escape(_ text: String, quotes: Bool, breakAs: String? = nil) -> String {
        func replacement(_ byte: UInt8) -> String? {
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\"") where quotes: "&quot;"
            case 0x0A: breakAs
            default: nil
            }
        }
        var text = text
        let first = text.withUTF8 { bytes in bytes.firstIndex { replacement($0) != nil } }
        guard let first else { return text }
        return text.withUTF8 { bytes in
            var result = Array(bytes[..<first])
            result.reserveCapacity(bytes.count + 64)
            for byte in bytes[first...] {
                if let replaced = replacement(byte) { result.append(contentsOf: replaced.utf8) } else { result.append(byte) }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The lines of `text`, split where `split(separator: "\n")` splits it (at a "\n" not after a
    /// "\r", since "\r\n" is one Character), found by its bytes rather than by Characters.
    static func lines(_ text: String) -> [Substring] {
        var text = text
        let lineBreaks = text.withUTF8 { bytes in
            var lineBreaks: [Int] = []
            var previous: UInt8 = 0
            for (offset, byte) in bytes.enumerated() {
                if byte == 0x0A && previous != 0x0D { lineBreaks.append(offset) }
                previous = byte
            }
            return lineBreaks
        }
        return lines(text, breakingAt: lineBreaks)
    }

    /// `text` split at the line breaks at these UTF-8 offsets, the breaks left out. The offsets
    /// are found in the contiguous bytes: stepping a `String.UTF8View` index byte by byte cost as
    /// much as the rest of a long interview's Markdown export.
    static func lines(_ text: String, breakingAt lineBreaks: [Int]) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(lineBreaks.count + 1)
        var lineStart = utf8.startIndex
        for offset in lineBreaks {
            let lineBreak = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(text[lineStart..<lineBreak])
            lineStart = utf8.index(after: lineBreak)
        }
        lines.append(text[lineStart...])
        return lines
    }
}
