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
