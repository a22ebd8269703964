/// A word or number in an answer, lower-cased, with its place in the text.
struct Token: Sendable {
    var text: String
    /// UTF-8 byte offsets into the normalised answer.
    var start: Int
    var end: Int
    var sentence: Int
    var hasDigit: Bool
    /// Written with a capital first letter: with its place in the sentence, a hint of a name.
    var isCapitalized: Bool = false
    /// The word's id in the analyser's vocabulary (-1 when unknown) and what it is: one look-up.
    var id: Int32 = -1
    var flags: WordFlags = []
}

/// A sentence's byte range in the normalised answer.
struct SentenceRange: Sendable {
    var start: Int
    var end: Int
}

/// Splits text into tokens and sentences in one pass over its UTF-8 bytes, so a 50,000-word paste
/// costs no more per word than a short answer.
enum Tokenizer {
    static func tokenize(_ bytes: [UInt8], vocabulary: Vocabulary? = nil) -> (tokens: [Token], sentences: [SentenceRange]) {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var sentences: [SentenceRange] = []
        var sentenceStart = 0
        var sentenceIndex = 0
        var tokenStart: Int?
        var tokenBytes: [UInt8] = []
        var hasDigit = false
        var capitalized = false

        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
                || byte == 0x27 || byte == 0x25 || byte == 0x24 || byte == 0x2D || byte == 0x2F || byte == 0x26
        }

        func flushToken(_ end: Int) {
            guard let start = tokenStart else { return }
            while let last = tokenBytes.last, last == 0x27 || last == 0x2D || last == 0x2F { tokenBytes.removeLast() }
            while let first = tokenBytes.first, first == 0x27 || first == 0x2D { tokenBytes.removeFirst() }
            if !tokenBytes.isEmpty {
                let text = String(decoding: tokenBytes, as: UTF8.self)
                let known = vocabulary?.lookup(text)
                var flags = known?.flags ?? []
                let length = tokenBytes.count
                if !hasDigit && length > 3 && tokenBytes[length - 2] == 0x65 && tokenBytes[length - 1] == 0x64 { flags.insert(.edEnding) }
                tokens.append(Token(text: text, start: start, end: end, sentence: sentenceIndex, hasDigit: hasDigit,
                                    isCapitalized: capitalized, id: known?.id ?? -1, flags: flags))
            }
            tokenStart = nil
            tokenBytes.removeAll(keepingCapacity: true)
            hasDigit = false
            capitalized = false
        }

        func endSentence(at end: Int) {
            if end > sentenceStart {
                sentences.append(SentenceRange(start: sentenceStart, end: end))
                sentenceIndex += 1
            }
            sentenceStart = end
        }

        var index = 0
        let count = bytes.count
        while index < count {
            var byte = bytes[index]
            // Curly apostrophes (U+2019) count as straight ones inside words.
            if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                if tokenStart != nil { tokenBytes.append(0x27) }
                index += 3
                continue
            }
            let isDecimalPoint = (byte == 0x2E || byte == 0x2C) && hasDigit && index + 1 < count
                && bytes[index + 1] >= 0x30 && bytes[index + 1] <= 0x39
            if isWordByte(byte) || isDecimalPoint {
                if tokenStart == nil {
                    tokenStart = index
                    capitalized = byte >= 0x41 && byte <= 0x5A
                }
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                if byte >= 0x30 && byte <= 0x39 { hasDigit = true }
                tokenBytes.append(byte)
                index += 1
                continue
            }
            flushToken(index)
            let atBoundary = index + 1 >= count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A || bytes[index + 1] == 0x22
            // "1. Add alerts": the number of a list item does not end a sentence.
            let numbersAListItem = byte == 0x2E && tokens.last.map { last in
                last.sentence == sentenceIndex && last.hasDigit && last.end == index && last.text.utf8.count <= 2
                    && (last.start == sentenceStart || bytes[sentenceStart..<last.start].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A })
            } == true
            if byte == 0x0A || ((byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B) && atBoundary && !numbersAListItem) {
                endSentence(at: index + 1)
                sentenceStart = index + 1
            }
            index += 1
        }
        flushToken(count)
        endSentence(at: count)
        return (tokens, sentences)
    }
}
