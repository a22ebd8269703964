import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where barraiser keeps its files, following the XDG base directories.
enum AppPaths {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// `$HOME`; when it is unset or empty, the home folder in the user database, so that an empty
    /// `HOME` never puts files under `/.local`.
    static var home: String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let folder = entry.pointee.pw_dir, folder.pointee != 0 { return String(cString: folder) }
        return NSHomeDirectory()
    }

    /// An XDG base folder: the variable when it holds an absolute path (the XDG specification
    /// says to ignore an empty or relative one), else `fallback` under the home folder.
    static func baseFolder(_ variable: String, fallback: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return home + "/" + fallback
    }

    /// `$XDG_STATE_HOME/barraiser/history`, by default `~/.local/state/barraiser/history`.
    static var historyFile: String { baseFolder("XDG_STATE_HOME", fallback: ".local/state") + "/barraiser/history" }

    /// `$XDG_CONFIG_HOME/barraiser/banks`, by default `~/.config/barraiser/banks`.
    static var userBanksFolder: String { baseFolder("XDG_CONFIG_HOME", fallback: ".config") + "/barraiser/banks" }

    /// The stories file: the flag, else `$BARRAISER_STORIES`, else `$XDG_DATA_HOME/barraiser/stories.md`
    /// (by default `~/.local/share/barraiser/stories.md`).
    static func storiesFile(flag: String?) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let variable = environment["BARRAISER_STORIES"], !variable.isEmpty { return variable }
        return baseFolder("XDG_DATA_HOME", fallback: ".local/share") + "/barraiser/stories.md"
    }

    /// The transcripts folder: the flag, else `$BARRAISER_TRANSCRIPTS`, else
    /// `$XDG_DATA_HOME/barraiser/transcripts` (by default `~/.local/share/barraiser/transcripts`),
    /// so that every command finds the same folder from wherever it is run.
    static func transcriptsFolder(flag: String?) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let variable = environment["BARRAISER_TRANSCRIPTS"], !variable.isEmpty { return variable }
        return baseFolder("XDG_DATA_HOME", fallback: ".local/share") + "/barraiser/transcripts"
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
