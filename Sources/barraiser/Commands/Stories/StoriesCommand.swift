import ArgumentParser

extension BarRaiser {
    /// The candidate's prepared stories: written once, checked like answers, mapped to the principles.
    struct StoriesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stories",
            abstract: "Check your prepared stories like answers, and see which principles they cover.",
            discussion: "Stories are read from --stories FILE, else $BARRAISER_STORIES, else $XDG_DATA_HOME/barraiser/stories.md (default ~/.local/share/barraiser/stories.md).",
            subcommands: [New.self, Add.self, Check.self, Matrix.self, Drill.self, Export.self]
        )
    }
}
