import Foundation

/// The candidate's words in a probe: where a phrasing takes them (`{q}`), and how they are cut to
/// a quote that reads well inside it.
extension FollowUpGenerator {
    /// Whether a phrasing has the `{q}` slot for the candidate's words.
    static func hasQuoteSlot(_ phrasing: String) -> Bool {
        var matched = 0
        for byte in phrasing.utf8 {
            matched = quoteSlotProgress(after: matched, byte)
            if matched == 3 { return true }
        }
        return false
    }

    /// The phrasing with its `{q}` slots filled.
    static func fill(_ phrasing: String, with quote: String) -> String {
        guard hasQuoteSlot(phrasing) else { return phrasing }
        var filled: [UInt8] = []
        filled.reserveCapacity(phrasing.utf8.count + quote.utf8.count)
        var matched = 0
        for byte in phrasing.utf8 {
            filled.append(byte)
            matched = quoteSlotProgress(after: matched, byte)
            if matched == 3 {
                filled.removeLast(3)
                filled.append(contentsOf: quote.utf8)
                matched = 0
            }
        }
        return String(decoding: filled, as: UTF8.self)
    }

    /// How many bytes of `{q}` end at `byte`, given how many ended at the byte before it.
    static func quoteSlotProgress(after matched: Int, _ byte: UInt8) -> Int {
        switch byte {
        case 0x7B: 1
        case 0x71 where matched == 1: 2
        case 0x7D where matched == 2: 3
        default: 0
        }
    }

    /// The quote a probe points at for this evidence, or nil when what is left once trimmed is a
    /// single word ("Unfortunately" after its label "Explain the failure:"), which shows no gap.
    static func quote(showing evidence: Evidence?) -> String? {
        guard let evidence else { return nil }
        let quote = trimmedQuote(evidence.text)
        return quote.utf8.contains(0x20) ? quote : nil
    }

    /// At most sixteen words, ending in an ellipsis when cut, without trailing punctuation or
    /// quote marks that would nest badly.
    static func trimmedQuote(_ text: String) -> String {
        guard isPlain(text.utf8) else { return trimmedQuoteByCharacters(text) }
        let bytes = Array(text.utf8)
        var words: [Range<Int>] = []
        var start: Int?
        for (index, byte) in bytes.enumerated() {
            if isASCIIWhitespace(byte) {
                if let wordStart = start { words.append(wordStart..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let wordStart = start { words.append(wordStart..<bytes.count) }
        // A list item's marker ("-", "*", "2.", "3)") is layout, not the candidate's words.
        while words.count > 1, let first = words.first, isListMarker(bytes[first]) { words.removeFirst() }
        // A label before the words ("Result:", "Explain the failure:") names the part, it is not said.
        if let label = words.prefix(labelWords).firstIndex(where: { bytes[$0].last == 0x3A }), label + 1 < words.count,
           isLabel(words[...label].map { String(decoding: bytes[$0], as: UTF8.self) }) {
            words.removeSubrange(..<(label + 1))
        }
        var kept = words.prefix(16)
        // A quote that stops on "the" or "to" reads as cut off: it ends on the last word that carries meaning.
        while kept.count > 2, let last = kept.last, isDangling(bytes[last]) {
            kept.removeLast()
        }
        var quote: [UInt8] = []
        quote.reserveCapacity(bytes.count + 8)
        for word in kept {
            if !quote.isEmpty { quote.append(0x20) }
            for byte in bytes[word] {
                // Straight apostrophes curl, so the quote nests inside the reason's straight quote marks.
                if byte == 0x27 { quote.append(contentsOf: [0xE2, 0x80, 0x99]) } else { quote.append(byte) }
            }
        }
        while let last = quote.last, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F].contains(last) { quote.removeLast() }
        if words.count > kept.count { quote.append(contentsOf: [0xE2, 0x80, 0xA6]) }
        return String(decoding: quote, as: UTF8.self)
    }

    /// Whether every character of the text is an ASCII byte or one of the typographic marks answers
    /// are pasted with (‘ ’ “ ” – — … •). In such text a character is a byte or a mark, whitespace is
    /// ASCII's and the marks are punctuation without case, so a quote is cut over bytes exactly as
    /// over Characters; other text (accents, emoji, CJK) is cut over Characters.
    static func isPlain(_ utf8: String.UTF8View) -> Bool {
        // Where in a mark's three bytes (E2 80 xx) the scan is: 0 between characters.
        var position = 0
        for byte in utf8 {
            switch position {
            case 0 where byte < 0x80: continue
            case 0 where byte == 0xE2: position = 1
            case 1 where byte == 0x80: position = 2
            case 2 where typographicMarks.contains(byte): position = 0
            default: return false
            }
        }
        return position == 0
    }

    /// The last bytes of ‘ ’ “ ” – — … •, each written E2 80 xx.
    static let typographicMarks: Set<UInt8> = [0x98, 0x99, 0x9C, 0x9D, 0x93, 0x94, 0xA6, 0xA2]

    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Whether a word of plain text, lower-cased and without the punctuation around it, is one a
    /// quote should not end on.
    static func isDangling(_ word: ArraySlice<UInt8>) -> Bool {
        var start = word.startIndex
        var end = word.endIndex
        // Every typographic mark is punctuation, three bytes long.
        while start < end, word[start] >= 0x80 || asciiPunctuation.contains(word[start]) { start += word[start] >= 0x80 ? 3 : 1 }
        while start < end, word[end - 1] >= 0x80 || asciiPunctuation.contains(word[end - 1]) { end -= word[end - 1] >= 0x80 ? 3 : 1 }
        let lowered = word[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return danglingWords.contains(String(decoding: lowered, as: UTF8.self))
    }

    /// ASCII's characters in Unicode's punctuation categories (P*), which `.punctuationCharacters` trims.
    static let asciiPunctuation: Set<UInt8> = Set(Array("!\"#%&'()*,-./:;?@[\\]_{}".utf8))

    /// The same cut over Characters, for text with characters beyond the plain ones.
    static func trimmedQuoteByCharacters(_ text: String) -> String {
        let curled = text.utf8.contains(0x27) ? String(text.map { $0 == "'" ? "’" : $0 }) : text
        var words = curled.split(whereSeparator: \.isWhitespace)[...]
        while words.count > 1, let first = words.first, isListMarker(Array(first.utf8)[...]) {
            words = words.dropFirst()
        }
        if let label = words.prefix(labelWords).firstIndex(where: { $0.hasSuffix(":") }), label + 1 < words.endIndex,
           isLabel(words[...label].map(String.init)) {
            words = words[(label + 1)...]
        }
        var kept = Array(words.prefix(16))
        while kept.count > 2, let last = kept.last, danglingWords.contains(last.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            kept.removeLast()
        }
        var quote = kept.joined(separator: " ")
        while let last = quote.last, ".,;:!?".contains(last) { quote.removeLast() }
        return words.count > kept.count ? quote + "…" : quote
    }

    /// "-", "*", "+", a bullet or a dash ("•", "–", "—"), or a list number ("2.", "3)", "(a)").
    static func isListMarker(_ word: ArraySlice<UInt8>) -> Bool {
        guard let first = word.first, let last = word.last else { return false }
        if word.count == 1 { return first == 0x2D || first == 0x2A || first == 0x2B }
        if word.count == 3 && first == 0xE2 && word[word.startIndex + 1] == 0x80 { return last == 0xA2 || last == 0x93 || last == 0x94 }
        let isNumber = word.dropLast().allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && word.count <= 3
        let isLetter = word.count == 2 && first >= 0x61 && first <= 0x7A
        if (last == 0x2E || last == 0x29) && (isNumber || isLetter) { return true }
        return first == 0x28 && last == 0x29 && word.count <= 4
    }

    /// Whether the words up to a colon are a label ("Result:", "Explain the failure:"): capitalised,
    /// with no one in them, unlike the candidate's own "we agreed on two things: …".
    static func isLabel(_ words: [String]) -> Bool {
        guard let first = words.first?.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first) else { return false }
        return !words.contains { ["i", "we", "they", "he", "she", "you", "my", "our"].contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
    }

    /// The most words a label before a quote has ("Explain the failure:").
    static let labelWords = 4

    static let danglingWords: Set<String> = [
        "the", "a", "an", "of", "to", "by", "and", "or", "with", "for", "in", "on", "at", "from", "our", "my", "their", "that", "which", "i", "we",
        // "…the bug is", "…because": a copula or a conjunction leaves the clause open.
        "is", "are", "was", "were", "be", "been", "because", "but", "than", "if", "when", "so",
    ]
}
