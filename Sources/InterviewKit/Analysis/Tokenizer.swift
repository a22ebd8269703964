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
    /// `text`'s FNV-1a hash, taken while the word is read: the vocabulary look-up and the repeat
    /// check use it instead of hashing the word again.
    var hash: UInt64 = WordHash.empty
    /// `text`'s first eight bytes packed little-endian, zeros after a shorter word: the phrase
    /// matcher tests a token's first bytes and prefixes on it without reading the String.
    var lead: UInt64 = 0
    /// A comma, colon, bracket or double quote stands between this token and the one before: the
    /// clause checks test this instead of reading the bytes between the two again and again.
    var punctuatedBefore = false
}

extension Token {
    /// Whether the word ends in "n't" ("didn't", "can't"), compared as Characters. A word whose
    /// last byte is no "t" cannot, which most words are told by.
    var endsInNot: Bool { text.utf8.last == 0x74 && text.hasSuffix("n't") }

    /// Whether the word starts with "$", "€" or "£", compared as Characters. Most words start with
    /// an ASCII letter or digit, which starts none of them: those are told from their first byte.
    var startsWithCurrencySign: Bool {
        let first = UInt8(truncatingIfNeeded: lead)
        guard first == 0x24 || first >= 0x80 else { return false }
        return text.hasPrefix("$") || text.hasPrefix("€") || text.hasPrefix("£")
    }
}

/// A sentence's byte range in the normalised answer.
struct SentenceRange: Sendable {
    var start: Int
    var end: Int
}

/// 64-bit FNV-1a over a word's UTF-8 bytes: the same word gives the same hash on every run.
enum WordHash {
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(empty) { adding($1, to: $0) }
    }
}

/// Splits text into tokens and sentences in one pass over its UTF-8 bytes, so a 50,000-word paste
/// costs no more per word than a short answer.
enum Tokenizer {
    static func tokenize(_ bytes: [UInt8], vocabulary: Vocabulary? = nil) -> (tokens: [Token], sentences: [SentenceRange]) {
        bytes.withUnsafeBufferPointer { buffer in
            var scan = Scan(bytes: buffer, vocabulary: vocabulary)
            scan.run()
            return (scan.tokens, scan.sentences)
        }
    }

    /// The state of one pass. The scan keeps it in a struct of its own rather than in variables
    /// that nested functions capture, which the compiler would box on the heap and reload at every byte.
    private struct Scan {
        let bytes: UnsafeBufferPointer<UInt8>
        let vocabulary: Vocabulary?
        var tokens: [Token] = []
        var sentences: [SentenceRange] = []
        var sentenceStart = 0
        var sentenceIndex = 0
        var tokenStart: Int?
        /// Whether the current word has a capital or a curly apostrophe in it: only such a word is
        /// copied, lower-cased and straightened, into `spelling`; any other is read in place.
        var needsSpelling = false
        var spelling: [UInt8] = []
        var hasDigit = false
        var capitalized = false
        /// Clause punctuation seen since the last token kept.
        var punctuated = false

        init(bytes: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary?) {
            self.bytes = bytes
            self.vocabulary = vocabulary
            tokens.reserveCapacity(bytes.count / 5)
            spelling.reserveCapacity(32)
        }

        static func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
                || byte == 0x27 || byte == 0x25 || byte == 0x24 || byte == 0x2D || byte == 0x2F || byte == 0x26
        }

        static func isCurlyApostrophe(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
        }

        mutating func flushToken(_ end: Int) {
            guard let start = tokenStart else { return }
            let token: Token?
            if needsSpelling {
                spelling.removeAll(keepingCapacity: true)
                var index = start
                while index < end {
                    if Self.isCurlyApostrophe(at: index, in: bytes) {
                        spelling.append(0x27)
                        index += 3
                    } else {
                        let byte = bytes[index]
                        spelling.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                        index += 1
                    }
                }
                token = spelling.withUnsafeBufferPointer { self.token(spelled: $0, start: start, end: end) }
            } else {
                token = self.token(spelled: UnsafeBufferPointer(rebasing: bytes[start..<end]), start: start, end: end)
            }
            if let token {
                tokens.append(token)
                punctuated = false
            }
            tokenStart = nil
            needsSpelling = false
            hasDigit = false
            capitalized = false
        }

        /// Whether every letter of the word at these bytes is a capital.
        func isInCapitals(_ start: Int, _ end: Int) -> Bool {
            var index = start
            while index < end {
                let byte = bytes[index]
                if byte >= 0x61 && byte <= 0x7A || byte >= 0x80 { return false }
                index += 1
            }
            return true
        }

        /// The token for a word spelled in lower case with straight apostrophes, or nil when
        /// nothing is left of it once apostrophes, hyphens and slashes are trimmed off its ends.
        func token(spelled word: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Token? {
            var last = word.count
            while last > 0, word[last - 1] == 0x27 || word[last - 1] == 0x2D || word[last - 1] == 0x2F { last -= 1 }
            var first = 0
            while first < last, word[first] == 0x27 || word[first] == 0x2D { first += 1 }
            guard first < last else { return nil }
            let trimmed = UnsafeBufferPointer(rebasing: word[first..<last])
            var hash = WordHash.empty
            var lead: UInt64 = 0
            var offset = 0
            while offset < trimmed.count {
                let byte = trimmed[offset]
                hash = WordHash.adding(byte, to: hash)
                if offset < 8 { lead |= UInt64(byte) &<< UInt64(offset &* 8) }
                offset += 1
            }
            // Words with digits are looked up too: the lexicon has "q2", "h1".
            var known = vocabulary?.lookup(trimmed, hash: hash, lead: lead)
            // A slip of a known word ("custmer", "becuase") is read as that word; quotes keep the
            // candidate's own spelling, since they are cut from the answer's bytes.
            // A capitalised word may be a name and is left as it is; one in capitals throughout
            // ("ACITON:") is a heading or a shout, and may be a slip too.
            if let vocabulary, known?.id == -1, !hasDigit, !capitalized || isInCapitals(start, end) {
                let slip = vocabulary.nearWord(trimmed, hash: hash)
                if slip >= 0 {
                    let spelling = Array(vocabulary.text(of: slip).utf8)
                    known = (slip, vocabulary.flags[Int(slip)])
                    hash = WordHash.of(spelling)
                    lead = Vocabulary.lead(of: spelling)
                }
            }
            var flags = known?.flags ?? []
            if !hasDigit && trimmed.count > 3 && trimmed[trimmed.count - 2] == 0x65 && trimmed[trimmed.count - 1] == 0x64 { flags.insert(.edEnding) }
            let text = if let vocabulary, let known, known.id >= 0 { vocabulary.text(of: known.id) } else { String(decoding: trimmed, as: UTF8.self) }
            return Token(text: text, start: start, end: end, sentence: sentenceIndex,
                         hasDigit: hasDigit, isCapitalized: capitalized, id: known?.id ?? -1, flags: flags, hash: hash, lead: lead,
                         punctuatedBefore: punctuated)
        }

        /// Whether the line break at `index` only wraps a sentence that goes on below, as text
        /// copied from a page or a document is wrapped: the line ends on no stop, and the next one
        /// goes on in lower case, unindented, with the break between two words a sentence would
        /// not break between ("was responsible for / this part", "I / had", "the tool, / so I").
        func wrapsASentence(at index: Int) -> Bool {
            var end = index
            while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
            let next = index + 1
            guard end > 0, next < bytes.count, bytes[next] >= 0x61 && bytes[next] <= 0x7A,
                  let last = tokens.last, last.sentence == sentenceIndex else { return false }
            // A wrapped line is a long one: a heading ("Situation", "### Task") or a short note
            // line opens what follows, whatever word it ends on.
            var lineStart = end
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            guard end - lineStart >= Self.wrappedLineLength else { return false }
            var wordEnd = next
            while wordEnd < bytes.count, bytes[wordEnd] >= 0x61 && bytes[wordEnd] <= 0x7A { wordEnd += 1 }
            // "result: …", "c) people who…": a label or a list letter opens a line of its own.
            if wordEnd < bytes.count, bytes[wordEnd] == 0x3A || bytes[wordEnd] == 0x29 { return false }
            let before = bytes[end - 1]
            if before == 0x2C || before == 0x2D { return true }
            guard last.end == end else { return false }
            if Self.wrapEnds.contains(last.text) { return true }
            return Self.wrapStarts.contains(WordHash.of(UnsafeBufferPointer(rebasing: bytes[next..<wordEnd])))
        }

        /// The fewest bytes in a line that may be wrapped.
        static let wrappedLineLength = 40

        /// Words a sentence does not end on: a line that ends on one goes on below.
        static let wrapEnds: Set<String> = [
            "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "that", "which",
            "who", "i", "we", "my", "our", "their", "his", "her", "its", "your", "is", "are", "was", "were", "be", "been", "has", "have",
            "had", "very", "more", "most", "not", "no", "this", "these", "those", "when", "if", "because", "so", "as", "than", "some",
            "any", "each", "every", "about", "also", "could", "would", "should", "will", "can", "did", "do", "does",
        ]

        /// Words, as hashes, a line does not open a sentence on in lower case: after a line with no
        /// stop, they carry its sentence on.
        static let wrapStarts: Set<UInt64> = Set([
            "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "that", "which",
            "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "it", "its", "their", "them", "his", "her", "him", "us",
            "me", "my", "our", "than", "as", "about", "this", "these", "those", "they", "there", "so", "because", "while", "when",
        ].map { WordHash.of($0.utf8) })

        mutating func endSentence(at end: Int) {
            if end > sentenceStart {
                sentences.append(SentenceRange(start: sentenceStart, end: end))
                sentenceIndex += 1
            }
            sentenceStart = end
        }

        mutating func run() {
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                // Curly apostrophes (U+2019) count as straight ones inside words.
                if Self.isCurlyApostrophe(at: index, in: bytes) {
                    if tokenStart != nil { needsSpelling = true }
                    index += 3
                    continue
                }
                // Dashes, curly quotes, an ellipsis and bullets (U+2013, U+2014, U+2018, U+201C,
                // U+201D, U+2022, U+2026) part words as spaces do: "two options–either" is three words.
                if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, [0x93, 0x94, 0x98, 0x9C, 0x9D, 0xA2, 0xA6].contains(bytes[index + 2]) {
                    flushToken(index)
                    index += 3
                    continue
                }
                // "1.5", "4,000", and "1:1s" or "10:30" with a colon between digits, are one token.
                let isDecimalPoint = (byte == 0x2E || byte == 0x2C || byte == 0x3A) && hasDigit && index + 1 < count
                    && bytes[index + 1] >= 0x30 && bytes[index + 1] <= 0x39
                if Self.isWordByte(byte) || isDecimalPoint {
                    if tokenStart == nil {
                        tokenStart = index
                        capitalized = byte >= 0x41 && byte <= 0x5A
                    }
                    if byte >= 0x41 && byte <= 0x5A { needsSpelling = true }
                    if byte >= 0x30 && byte <= 0x39 { hasDigit = true }
                    index += 1
                    continue
                }
                flushToken(index)
                // Commas, colons and brackets part clauses; quote marks do not (the "works on my
                // machine" problem is one clause), straight or curly.
                if byte == 0x2C || byte == 0x3A || byte == 0x28 || byte == 0x29 { punctuated = true }
                let atBoundary = index + 1 >= count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A || bytes[index + 1] == 0x22
                // "1. Add alerts": the number of a list item does not end a sentence.
                let numbersAListItem = byte == 0x2E && tokens.last.map { last in
                    last.sentence == sentenceIndex && last.hasDigit && last.end == index && last.text.utf8.count <= 2
                        && (last.start == sentenceStart || bytes[sentenceStart..<last.start].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A })
                } == true
                if byte == 0x0A && !wrapsASentence(at: index) || ((byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B) && atBoundary && !numbersAListItem) {
                    endSentence(at: index + 1)
                    sentenceStart = index + 1
                }
                index += 1
            }
            flushToken(count)
            endSentence(at: count)
        }
    }
}
