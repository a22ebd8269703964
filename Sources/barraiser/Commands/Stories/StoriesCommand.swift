import ArgumentParser

extension BarRaiser {
    /// The candidate's prepared stories: written once, checked like answers, mapped to the principles.
    struct StoriesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stories",
            abstract: "Your prepared stories: write them, check them like answers, see the principles they cover, drill them, print them on a page.",
            discussion: "Stories are read from --stories FILE, else $BARRAISER_STORIES, else $XDG_DATA_HOME/barraiser/stories.md (default ~/.local/share/barraiser/stories.md).",
            subcommands: [New.self, Add.self, Check.self, Matrix.self, Drill.self, Export.self]
        )
    }
}
