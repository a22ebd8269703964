/// Makes pasted text safe to read: control characters and terminal escapes go, line breaks and tabs stay.
enum Normalizer {
    static func normalize(_ text: String) -> String {
        // Most answers hold nothing to remove: return them as they are.
        // Over the contiguous bytes when there are some: the UTF-8 view's iterator costs several times more a byte.
        let isClean = { (byte: UInt8) in byte >= 0x20 ? byte != 0x7F && byte != 0xC2 : byte == 0x0A || byte == 0x09 }
        let clean = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isClean) } ?? text.utf8.allSatisfy(isClean)
        if clean { return text }
        var scalars = String.UnicodeScalarView()
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            if scalar == "\r" { scalars.append("\n"); continue }
            if scalar == "\n" || scalar == "\t" { scalars.append(scalar); continue }
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
