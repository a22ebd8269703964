/// Known words by the hashes of their spellings one slip away, so that a misspelt word is read as
/// the word meant ("custmer", "becuase", "finaly", "daedline"). A slip is a letter inside left out of
/// a word of seven letters or more, or two neighbouring letters swapped in one of six or more: the
/// first and last letters are never the slip ("student" is no slip of "students", nor "earned" of
/// "learned"). A spelling that is a word itself, known or on the exceptions, is no slip.
struct SpellingSlips: Sendable {
    /// Open addressing by the slip's hash: the id of the word it slips from, -2 where two words
    /// share the slip, -1 for an empty slot.
    private var slots: [(hash: UInt64, id: Int32)] = []

    init() {}

    /// The slips of `spellings` (indexed by id), leaving out those that spell a word.
    init(of spellings: [[UInt8]], exceptWords exceptions: [String]) {
        var slips: [UInt64: Int32] = [:]
        for (id, spelling) in spellings.enumerated() where spelling.count >= 6 && spelling.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
            var variants: [UInt64] = []
            if spelling.count >= 7 {
                for gap in spelling.indices.dropFirst().dropLast() { variants.append(WordHash.of(spelling[..<gap] + spelling[(gap + 1)...])) }
            }
            for swap in spelling.indices.dropLast() where spelling[swap] != spelling[swap + 1] {
                var swapped = spelling
                swapped.swapAt(swap, swap + 1)
                variants.append(WordHash.of(swapped))
            }
            for variant in Set(variants) {
                if let other = slips[variant], other != Int32(id) { slips[variant] = -2 } else { slips[variant] = Int32(id) }
            }
        }
        for spelling in spellings { slips[WordHash.of(spelling)] = nil }
        for word in exceptions { slips[WordHash.of(word.utf8)] = nil }
        var size = 1024
        while size < slips.count * 2 { size *= 2 }
        slots = Array(repeating: (0, -1), count: size)
        let mask = size - 1
        for (hash, id) in slips {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].id != -1 { slot = (slot + 1) & mask }
            slots[slot] = (hash, id)
        }
    }

    /// The id of the word `word` is a slip of, or -1: one look-up by the hash the tokenizer
    /// already has, then a check of the bytes against the word's spelling.
    func word(slipping word: UnsafeBufferPointer<UInt8>, hash: UInt64, spellings: [[UInt8]]) -> Int32 {
        // The shortest slip is a swap in a word of six letters.
        guard !slots.isEmpty, word.count >= 6 else { return -1 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].id != -1 {
            if slots[slot].hash == hash {
                let id = slots[slot].id
                return id >= 0 && Self.isSlip(word, of: spellings[Int(id)]) ? id : -1
            }
            slot = (slot + 1) & mask
        }
        return -1
    }

    /// Whether `word` is `known` with one letter inside left out, or with two neighbouring
    /// letters swapped.
    static func isSlip(_ word: UnsafeBufferPointer<UInt8>, of known: [UInt8]) -> Bool {
        if word.count + 1 == known.count {
            guard word.last == known.last, word.first == known.first else { return false }
            var skipped = false, at = 0
            for byte in known {
                if at < word.count && word[at] == byte { at += 1 } else if skipped { return false } else { skipped = true }
            }
            return at == word.count
        }
        guard word.count == known.count else { return false }
        var first = 0
        while first < word.count && word[first] == known[first] { first += 1 }
        guard first + 1 < word.count, word[first] == known[first + 1], word[first + 1] == known[first] else { return false }
        return (first + 2..<word.count).allSatisfy { word[$0] == known[$0] }
    }
}
