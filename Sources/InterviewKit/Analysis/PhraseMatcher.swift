/// One piece of a lexicon phrase.
enum PhrasePart: Sendable, Equatable {
    /// A word, by its vocabulary id.
    case word(Int32)
    /// `word*`: any token that starts with these bytes.
    case prefix(Prefix)
    /// `#`: any token with a digit.
    case number
    /// `$#`: a token that starts with a currency sign.
    case money
    /// `*` on its own: any single token.
    case any

    init(_ text: String, vocabulary: inout Vocabulary, prefixBytes: inout [UInt8]) {
        if text == "#" { self = .number }
        else if text == "$#" { self = .money }
        else if text == "*" { self = .any }
        else if text.hasSuffix("*") {
            let start = prefixBytes.count
            prefixBytes.append(contentsOf: text.dropLast().utf8)
            self = .prefix(Prefix(prefixBytes[start...], at: start))
        }
        else { self = .word(vocabulary.intern(text)) }
    }
}

/// A prefix's first eight bytes packed as `Token.lead` packs a word's, with the mask that keeps
/// them; a longer prefix's other bytes are `rest` in the matcher's pool of prefix bytes.
struct Prefix: Sendable, Equatable {
    var lead: UInt64 = 0
    var mask: UInt64 = 0
    var rest: Range<Int>
    var first: UInt8
    var second: UInt8?

    init(_ bytes: ArraySlice<UInt8>, at start: Int) {
        for (shift, byte) in zip(stride(from: 0, to: 64, by: 8), bytes) {
            lead |= UInt64(byte) << UInt64(shift)
            mask |= 0xFF << UInt64(shift)
        }
        rest = min(start + 8, bytes.endIndex)..<bytes.endIndex
        first = bytes.first ?? 0
        second = bytes.count >= 2 ? bytes[bytes.startIndex + 1] : nil
    }

    /// Whether a token starts with the prefix. Lexicon prefixes hold no zero byte, so a word
    /// shorter than eight bytes, padded with zeros, never passes for a longer one.
    func isPrefix(of tokens: [Token], at index: Int, in pool: [UInt8]) -> Bool {
        guard tokens[index].lead & mask == lead else { return false }
        guard !rest.isEmpty else { return true }
        var bytes = tokens[index].text.utf8.dropFirst(8).makeIterator()
        for expected in pool[rest] where bytes.next() != expected { return false }
        return true
    }
}

/// A phrase found in the tokens: which list it came from and the tokens it covers.
struct PhraseMatch: Sendable {
    var kind: SignalKind
    var firstToken: Int
    var lastToken: Int
}

/// All lexicon phrases compiled once and indexed by their first word's id (by their first two
/// words' ids when both are words), or by the first two bytes of a prefix, so that matching a token
/// costs a look-up or two rather than a pass over every phrase that starts with "i" or "the". Phrases, their parts and their prefixes are stored back to
/// back in flat arrays of plain values, so matching copies and reference-counts nothing.
struct PhraseMatcher: Sendable {
    private struct Entry: Sendable {
        /// The entry's parts are `parts[firstPart..<firstPart + partCount]`.
        var firstPart: Int
        var partCount: Int
        var kind: SignalKind
    }

    /// Entries grouped by a key: those of key `k` are `entries[starts[k]..<starts[k + 1]]`, in the
    /// order the lexicon lists them.
    private struct Buckets: Sendable {
        var starts: [Int]
        var entries: [Entry]

        init(keys: Int, _ keyed: [(key: Int, entry: Entry)]) {
            var counts = Array(repeating: 0, count: keys + 1)
            for (key, _) in keyed { counts[key + 1] += 1 }
            for key in 0..<keys { counts[key + 1] += counts[key] }
            starts = counts
            var next = counts
            entries = Array(repeating: Entry(firstPart: 0, partCount: 0, kind: .result), count: keyed.count)
            for (key, entry) in keyed {
                entries[next[key]] = entry
                next[key] += 1
            }
        }

        func range(of key: Int) -> Range<Int> { starts[key]..<starts[key + 1] }
    }

    /// Phrases by their first two words, when both are words: a table of word pairs, open
    /// addressing with linear probing, whose slots hold an index into `keys` and `buckets` (-1 is empty).
    private struct PairIndex: Sendable {
        private var slots: [Int]
        private var keys: [UInt64] = []
        private(set) var buckets = Buckets(keys: 0, [])

        static func key(_ first: Int32, _ second: Int32) -> UInt64 { UInt64(UInt32(first)) << 32 | UInt64(UInt32(second)) }

        private static func slot(of key: UInt64, mask: Int) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        }

        init(_ keyed: [(key: UInt64, entry: Entry)]) {
            var size = 16
            while size < keyed.count * 2 { size *= 2 }
            slots = Array(repeating: -1, count: size)
            var numbered: [(key: Int, entry: Entry)] = []
            for (key, entry) in keyed {
                var slot = Self.slot(of: key, mask: size - 1)
                while slots[slot] >= 0 && keys[slots[slot]] != key { slot = (slot + 1) & (size - 1) }
                if slots[slot] < 0 {
                    slots[slot] = keys.count
                    keys.append(key)
                }
                numbered.append((slots[slot], entry))
            }
            buckets = Buckets(keys: keys.count, numbered)
        }

        /// Where the phrases that start with these two words are in `buckets.entries`, in the lexicon's order.
        func range(of first: Int32, _ second: Int32) -> Range<Int> {
            let key = Self.key(first, second)
            let mask = slots.count - 1
            var slot = Self.slot(of: key, mask: mask)
            while slots[slot] >= 0 {
                if keys[slots[slot]] == key { return buckets.range(of: slots[slot]) }
                slot = (slot + 1) & mask
            }
            return 0..<0
        }
    }

    /// The vocabulary the phrases' words were interned in; tokens must be looked up in it.
    let vocabulary: Vocabulary
    private let parts: [PhrasePart]
    private let prefixBytes: [UInt8]
    /// Phrases that start with a word followed by something other than a word, or by nothing.
    private let byFirstWord: Buckets
    private let byFirstPair: PairIndex
    /// Prefix phrases by their first two bytes when both are printable ASCII, one-byte prefixes
    /// by their byte.
    private let byFirstTwoBytes: Buckets
    private let byFirstByte: Buckets
    private let numberFirst: [Entry]

    private static func twoByteKey(_ first: UInt8, _ second: UInt8) -> Int? {
        guard (0x20..<0x80).contains(first), (0x20..<0x80).contains(second) else { return nil }
        return Int(first - 0x20) * 96 + Int(second - 0x20)
    }

    init(_ lists: [(SignalKind, [String])], vocabulary base: Vocabulary) {
        var vocabulary = base
        var parts: [PhrasePart] = []
        var prefixBytes: [UInt8] = []
        var byWord: [(key: Int, entry: Entry)] = []
        var byPair: [(key: UInt64, entry: Entry)] = []
        var byTwoBytes: [(key: Int, entry: Entry)] = []
        var byByte: [(key: Int, entry: Entry)] = []
        var numberFirst: [Entry] = []
        for (kind, phrases) in lists {
            for phrase in phrases {
                let entry = Entry(firstPart: parts.count, partCount: 0, kind: kind)
                parts += phrase.split(separator: " ").map { PhrasePart(String($0), vocabulary: &vocabulary, prefixBytes: &prefixBytes) }
                var compiled = entry
                compiled.partCount = parts.count - entry.firstPart
                guard compiled.partCount > 0 else { continue }
                switch parts[compiled.firstPart] {
                case .word(let id):
                    if compiled.partCount > 1, case .word(let second) = parts[compiled.firstPart + 1] {
                        byPair.append((PairIndex.key(id, second), compiled))
                    } else {
                        byWord.append((Int(id), compiled))
                    }
                case .prefix(let prefix):
                    if let second = prefix.second, let key = Self.twoByteKey(prefix.first, second) {
                        byTwoBytes.append((key, compiled))
                    } else {
                        byByte.append((Int(prefix.first), compiled))
                    }
                case .number, .money, .any: numberFirst.append(compiled)
                }
            }
        }
        vocabulary.indexNearSpellings()
        self.vocabulary = vocabulary
        self.parts = parts
        self.prefixBytes = prefixBytes
        byFirstWord = Buckets(keys: vocabulary.count, byWord)
        byFirstPair = PairIndex(byPair)
        byFirstTwoBytes = Buckets(keys: 96 * 96, byTwoBytes)
        byFirstByte = Buckets(keys: 256, byByte)
        self.numberFirst = numberFirst
    }

    // Entries are passed as an array and a range rather than as a slice: a slice holds its own
    // reference to the array, taken and dropped for each of the few look-ups every token makes.
    func matches(in tokens: [Token]) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        for index in tokens.indices {
            let id = tokens[index].id
            if id >= 0 {
                let single = byFirstWord.range(of: Int(id))
                let next = index + 1 < tokens.count && tokens[index + 1].sentence == tokens[index].sentence ? tokens[index + 1].id : -1
                if next >= 0 {
                    // Both lists are in the lexicon's order: checked in that order, the matches come out as one list would give them.
                    collect(merging: single, of: byFirstWord.entries, byFirstPair.range(of: id, next), of: byFirstPair.buckets.entries,
                            at: index, in: tokens, into: &found)
                } else {
                    collect(single, of: byFirstWord.entries, at: index, in: tokens, into: &found)
                }
            }
            // Tokens are never empty; a one-byte token's second byte is 0, which has no two-byte key.
            let lead = tokens[index].lead
            let first = UInt8(truncatingIfNeeded: lead)
            collect(byFirstByte.range(of: Int(first)), of: byFirstByte.entries, at: index, in: tokens, into: &found)
            if let key = Self.twoByteKey(first, UInt8(truncatingIfNeeded: lead >> 8)) {
                collect(byFirstTwoBytes.range(of: key), of: byFirstTwoBytes.entries, at: index, in: tokens, into: &found)
            }
            if tokens[index].hasDigit || first == 0x24 { collect(numberFirst.indices, of: numberFirst, at: index, in: tokens, into: &found) }
        }
        return found
    }

    private func collect(_ range: Range<Int>, of entries: [Entry], at index: Int, in tokens: [Token], into found: inout [PhraseMatch]) {
        for entry in range { collect(entries[entry], at: index, in: tokens, into: &found) }
    }

    /// Two lists of entries checked in the lexicon's order, which their `firstPart` keeps.
    private func collect(merging first: Range<Int>, of firstEntries: [Entry], _ second: Range<Int>, of secondEntries: [Entry],
                         at index: Int, in tokens: [Token], into found: inout [PhraseMatch]) {
        var (i, j) = (first.lowerBound, second.lowerBound)
        while i < first.upperBound || j < second.upperBound {
            if j == second.upperBound || (i < first.upperBound && firstEntries[i].firstPart < secondEntries[j].firstPart) {
                collect(firstEntries[i], at: index, in: tokens, into: &found)
                i += 1
            } else {
                collect(secondEntries[j], at: index, in: tokens, into: &found)
                j += 1
            }
        }
    }

    private func collect(_ entry: Entry, at index: Int, in tokens: [Token], into found: inout [PhraseMatch]) {
        let last = index + entry.partCount - 1
        guard last < tokens.count, tokens[last].sentence == tokens[index].sentence else { return }
        for offset in 0..<entry.partCount where !matches(parts[entry.firstPart + offset], tokens, at: index + offset) { return }
        found.append(PhraseMatch(kind: entry.kind, firstToken: index, lastToken: last))
    }

    /// Whether a token fits one part of a phrase. The token is read in place, never copied.
    private func matches(_ part: PhrasePart, _ tokens: [Token], at index: Int) -> Bool {
        switch part {
        case .word(let id): return tokens[index].id == id
        case .prefix(let prefix): return prefix.isPrefix(of: tokens, at: index, in: prefixBytes)
        case .number: return tokens[index].hasDigit
        case .money: return tokens[index].startsWithCurrencySign
        case .any: return true
        }
    }
}
