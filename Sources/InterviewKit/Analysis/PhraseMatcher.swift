/// One piece of a lexicon phrase.
enum PhrasePart: Sendable, Equatable {
    case word(String)
    /// `word*`: any token that starts with this.
    case prefix(String)
    /// `#`: any token with a digit.
    case number
    /// `$#`: a token that starts with a currency sign.
    case money
    /// `*` on its own: any single token.
    case any

    init(_ text: String) {
        if text == "#" { self = .number }
        else if text == "$#" { self = .money }
        else if text == "*" { self = .any }
        else if text.hasSuffix("*") { self = .prefix(String(text.dropLast())) }
        else { self = .word(text) }
    }

    func matches(_ token: Token) -> Bool {
        switch self {
        case .word(let word): token.text == word
        case .prefix(let prefix): token.text.hasPrefix(prefix)
        case .number: token.hasDigit
        case .money: token.text.hasPrefix("$") || token.text.hasPrefix("€") || token.text.hasPrefix("£")
        case .any: true
        }
    }
}

/// A phrase found in the tokens: which list it came from and the tokens it covers.
struct PhraseMatch: Sendable {
    var kind: SignalKind
    var firstToken: Int
    var lastToken: Int
}

/// All lexicon phrases compiled once and indexed by their first word, so that matching costs a
/// dictionary look-up per token rather than a pass over every phrase.
struct PhraseMatcher: Sendable {
    private struct Entry: Sendable {
        var parts: [PhrasePart]
        var kind: SignalKind
    }

    private var byFirstWord: [String: [Entry]] = [:]
    private var byFirstByte: [UInt8: [Entry]] = [:]
    private var numberFirst: [Entry] = []

    init(_ lists: [(SignalKind, [String])]) {
        for (kind, phrases) in lists {
            for phrase in phrases {
                let parts = phrase.split(separator: " ").map { PhrasePart(String($0)) }
                let entry = Entry(parts: parts, kind: kind)
                switch parts.first {
                case .word(let word): byFirstWord[word, default: []].append(entry)
                case .prefix(let prefix): byFirstByte[prefix.utf8.first ?? 0, default: []].append(entry)
                case .number, .money, .any: numberFirst.append(entry)
                case nil: continue
                }
            }
        }
    }

    func matches(in tokens: [Token]) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        for index in tokens.indices {
            let token = tokens[index]
            if let entries = byFirstWord[token.text] { collect(entries, at: index, in: tokens, into: &found) }
            if let first = token.text.utf8.first, let entries = byFirstByte[first] { collect(entries, at: index, in: tokens, into: &found) }
            if token.hasDigit || token.text.hasPrefix("$") { collect(numberFirst, at: index, in: tokens, into: &found) }
        }
        return found
    }

    private func collect(_ entries: [Entry], at index: Int, in tokens: [Token], into found: inout [PhraseMatch]) {
        for entry in entries {
            let last = index + entry.parts.count - 1
            guard last < tokens.count, tokens[last].sentence == tokens[index].sentence else { continue }
            var matched = true
            for (offset, part) in entry.parts.enumerated() where !part.matches(tokens[index + offset]) {
                matched = false
                break
            }
            if matched { found.append(PhraseMatch(kind: entry.kind, firstToken: index, lastToken: last)) }
        }
    }
}
