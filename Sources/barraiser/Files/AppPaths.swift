import Foundation

/// Where barraiser keeps its files, following the XDG base directories.
enum AppPaths {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var home: String { environment["HOME"] ?? NSHomeDirectory() }

    /// `$XDG_STATE_HOME/barraiser/history`, by default `~/.local/state/barraiser/history`.
    static var historyFile: String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/state"
        return state + "/barraiser/history"
    }

    /// `$XDG_CONFIG_HOME/barraiser/banks`, by default `~/.config/barraiser/banks`.
    static var userBanksFolder: String {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return config + "/barraiser/banks"
    }

    /// The stories file: the flag, else `$BARRAISER_STORIES`, else `$XDG_DATA_HOME/barraiser/stories.md`
    /// (by default `~/.local/share/barraiser/stories.md`).
    static func storiesFile(flag: String?) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let variable = environment["BARRAISER_STORIES"], !variable.isEmpty { return variable }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        return data + "/barraiser/stories.md"
    }

    /// The transcripts folder: the flag, else `$BARRAISER_TRANSCRIPTS`, else `./transcripts`.
    static func transcriptsFolder(flag: String?) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let variable = environment["BARRAISER_TRANSCRIPTS"], !variable.isEmpty { return variable }
        return "transcripts"
    }

    /// Creates a private folder (0700) and its parents; returns an error message when it cannot.
    static func makePrivateFolder(_ path: String) -> String? {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            return nil
        } catch {
            return "cannot create the folder \(path): \((error as NSError).localizedDescription)"
        }
    }
}
