/// Finding one text in another by its UTF-8 bytes, without Foundation: Foundation's `contains`
/// builds a search over Characters for every call, which the engine makes dozens of times a
/// question on cue lists. The needles are ASCII words and phrases, so a byte match is a text match
/// (no ASCII byte lies inside another character's bytes).
extension String {
    func containsBytes(of needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { word in
                guard let first = word.first else { return true }
                guard word.count <= text.count else { return false }
                var start = 0
                let last = text.count - word.count
                while start <= last {
                    if text[start] == first {
                        var offset = 1
                        while offset < word.count && text[start + offset] == word[offset] { offset += 1 }
                        if offset == word.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}

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
