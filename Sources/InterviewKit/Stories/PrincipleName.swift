/// A principle as people write it in their notes: its id or its official title, in any case.
extension Principle {
    /// The principle `name` stands for: a kebab-case id (`dive-deep`) or the official title
    /// (`Dive Deep`, `Have Backbone; Disagree and Commit`), ignoring case, punctuation and spacing.
    public init?(name: String) {
        let key = Self.comparable(name)
        guard !key.isEmpty, let found = Self.allCases.first(where: { Self.comparable($0.id) == key || Self.comparable($0.title) == key }) else {
            return nil
        }
        self = found
    }

    /// The principle whose id or title is closest to `name` in edits, for a "did you mean" hint.
    public static func nearest(to name: String) -> Principle {
        let key = comparable(name)
        var best = (principle: Principle.customerObsession, distance: Int.max)
        for principle in allCases {
            let distance = min(editDistance(key, comparable(principle.id)), editDistance(key, comparable(principle.title)))
            if distance < best.distance { best = (principle, distance) }
        }
        return best.principle
    }

    /// Lowercase letters and digits, words joined by single spaces: "Are Right, A Lot" and
    /// "are-right-a-lot" both become "are right a lot".
    static func comparable(_ name: String) -> String {
        var words: [String] = []
        var word = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "'" || character == "’" {
                // "Earth's" is one word.
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ first: String, _ second: String) -> Int {
        let a = Array(first), b = Array(second)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
