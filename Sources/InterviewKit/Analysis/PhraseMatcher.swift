/// One piece of a lexicon phrase.
enum PhrasePart: Sendable, Equatable {
    /// A word, by its vocabulary id.
    case word(Int32)
    /// `word*`: any token that starts with these bytes.
    case prefix([UInt8])
    /// `#`: any token with a digit.
    case number
    /// `$#`: a token that starts with a currency sign.
    case money
    /// `*` on its own: any single token.
    case any

    init(_ text: String, vocabulary: inout Vocabulary) {
        if text == "#" { self = .number }
        else if text == "$#" { self = .money }
        else if text == "*" { self = .any }
        else if text.hasSuffix("*") { self = .prefix(Array(text.dropLast().utf8)) }
        else { self = .word(vocabulary.intern(text)) }
    }

    /// Whether token `index` fits this part. The token is read in place, never copied.
    func matches(_ tokens: [Token], at index: Int) -> Bool {
        switch self {
        case .word(let id): return tokens[index].id == id
        case .prefix(let prefix):
            var bytes = tokens[index].text.utf8.makeIterator()
            for expected in prefix where bytes.next() != expected { return false }
            return true
        case .number: return tokens[index].hasDigit
        case .money:
            let text = tokens[index].text
            return text.hasPrefix("$") || text.hasPrefix("€") || text.hasPrefix("£")
        case .any: return true
        }
    }
}

/// A phrase found in the tokens: which list it came from and the tokens it covers.
struct PhraseMatch: Sendable {
    var kind: SignalKind
    var firstToken: Int
    var lastToken: Int
}

/// All lexicon phrases compiled once and indexed by their first word's id, or by the first two
/// bytes of a prefix, so that matching a token costs an array look-up rather than a pass over every
/// phrase or another hash of the word.
struct PhraseMatcher: Sendable {
    private struct Entry: Sendable {
        var parts: [PhrasePart]
        var kind: SignalKind
    }

    /// The vocabulary the phrases' words were interned in; tokens must be looked up in it.
    let vocabulary: Vocabulary
    private var byFirstWord: [[Entry]]
    /// Prefix phrases by their first two bytes when both are printable ASCII, one-byte prefixes
    /// by their byte.
    private var byFirstTwoBytes: [[Entry]]
    private var byFirstByte: [[Entry]]
    private var numberFirst: [Entry] = []

    private static func twoByteKey(_ first: UInt8, _ second: UInt8) -> Int? {
        guard (0x20..<0x80).contains(first), (0x20..<0x80).contains(second) else { return nil }
        return Int(first - 0x20) * 96 + Int(second - 0x20)
    }

    init(_ lists: [(SignalKind, [String])], vocabulary base: Vocabulary) {
        var vocabulary = base
        var compiled: [(parts: [PhrasePart], kind: SignalKind)] = []
        for (kind, phrases) in lists {
            for phrase in phrases {
                compiled.append((phrase.split(separator: " ").map { PhrasePart(String($0), vocabulary: &vocabulary) }, kind))
            }
        }
        byFirstWord = Array(repeating: [], count: vocabulary.count)
        byFirstTwoBytes = Array(repeating: [], count: 96 * 96)
        byFirstByte = Array(repeating: [], count: 256)
        for (parts, kind) in compiled {
            let entry = Entry(parts: parts, kind: kind)
            switch parts.first {
            case .word(let id): byFirstWord[Int(id)].append(entry)
            case .prefix(let bytes):
                if bytes.count >= 2, let key = Self.twoByteKey(bytes[0], bytes[1]) {
                    byFirstTwoBytes[key].append(entry)
                } else {
                    byFirstByte[Int(bytes.first ?? 0)].append(entry)
                }
            case .number, .money, .any: numberFirst.append(entry)
            case nil: continue
            }
        }
        self.vocabulary = vocabulary
    }

    func matches(in tokens: [Token]) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        for index in tokens.indices {
            let id = tokens[index].id
            if id >= 0 { collect(byFirstWord[Int(id)], at: index, in: tokens, into: &found) }
            var bytes = tokens[index].text.utf8.makeIterator()
            if let first = bytes.next() {
                collect(byFirstByte[Int(first)], at: index, in: tokens, into: &found)
                if let second = bytes.next(), let key = Self.twoByteKey(first, second) {
                    collect(byFirstTwoBytes[key], at: index, in: tokens, into: &found)
                }
            }
            if tokens[index].hasDigit || tokens[index].text.utf8.first == 0x24 { collect(numberFirst, at: index, in: tokens, into: &found) }
        }
        return found
    }

    private func collect(_ entries: [Entry], at index: Int, in tokens: [Token], into found: inout [PhraseMatch]) {
        guard !entries.isEmpty else { return }
        for entry in entries {
            let last = index + entry.parts.count - 1
            guard last < tokens.count, tokens[last].sentence == tokens[index].sentence else { continue }
            var matched = true
            for (offset, part) in entry.parts.enumerated() where !part.matches(tokens, at: index + offset) {
                matched = false
                break
            }
            if matched { found.append(PhraseMatch(kind: entry.kind, firstToken: index, lastToken: last)) }
        }
    }
}
