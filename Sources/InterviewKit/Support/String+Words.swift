/// A text's words and numerals read from its UTF-8 bytes when it is plain ASCII (nearly every
/// answer), by Characters otherwise: the gaps' checks ask this of every quoted result.
extension String {
    /// The text's words, lower-cased: runs of letters and digits, split at anything else. Plain
    /// ASCII (nearly every answer) is read byte by byte; other text by Characters.
    var lowercasedWords: [String] {
        var text = self
        if let words = text.withUTF8({ bytes -> [String]? in
            var words: [String] = []
            var start: Int?
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                if isWordByte {
                    if start == nil { start = index }
                } else if let first = start {
                    words.append(String(decoding: bytes[first..<index], as: UTF8.self).lowercased())
                    start = nil
                }
            }
            if let first = start { words.append(String(decoding: bytes[first...], as: UTF8.self).lowercased()) }
            return words
        }) { return words }
        return lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Whether the text has a digit or another numeric character in it; ASCII is read byte by byte.
    var hasNumeral: Bool {
        var sawOther = false
        for byte in utf8 {
            if byte >= 0x30 && byte <= 0x39 { return true }
            if byte >= 0x80 { sawOther = true }
        }
        return sawOther && contains(where: \.isNumber)
    }
}
