/// Finds the story a command names: by its title, by its number in the file, or by words of its title.
public enum StoryLookup {
    /// The story `reference` names among `stories` (read from `source`): the one with that title
    /// (ignoring case and spacing), else the Nth (1-based, the order `stories check` lists), else
    /// the only one whose title contains it.
    public static func find(_ reference: String, in stories: [Story], source: String) throws(StoryFileError) -> Story {
        let key = comparable(reference)
        if let exact = stories.first(where: { comparable($0.title) == key }) { return exact }
        if let number = Int(key), stories.indices.contains(number - 1) { return stories[number - 1] }
        let partial = key.isEmpty ? [] : stories.filter { comparable($0.title).contains(key) }
        switch partial.count {
        case 1: return partial[0]
        case 0: throw .noSuchStory(reference, source: source, count: stories.count)
        default: throw .ambiguousStory(reference, source: source, matches: partial)
        }
    }

    /// Lowercased, with runs of white space as single spaces: how the parser compares titles.
    static func comparable(_ title: String) -> String {
        title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
