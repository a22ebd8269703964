import Foundation
import InterviewKit
#if canImport(Glibc)
import Glibc
#endif

/// The stories file as an interview sees it: for `/stories`, and to hold answers against.
enum InterviewStories {
    /// No file where the stories are looked for.
    case none(path: String)
    /// A file with problems; `problem` is the first, as `FILE:LINE: …`.
    case unreadable(path: String, problem: String)
    case shelf(path: String, StoryShelf)

    var notes: [StoryNote] {
        if case .shelf(_, let shelf) = self { shelf.notes } else { [] }
    }
}

/// Reads and creates the candidate's stories file.
enum StoryFile {
    /// The stories at `path` for an interview, which goes on whatever the file's state.
    static func forInterview(_ path: String) -> InterviewStories {
        guard FileManager.default.fileExists(atPath: path) else { return .none(path: path) }
        do {
            return .shelf(path: path, StoryShelf(stories: try load(path)))
        } catch {
            return .unreadable(path: path, problem: String(error.description.prefix { $0 != "\n" }))
        }
    }

    /// The stories in the file at `path`. Every problem is in the error, one `FILE:LINE: …` line each.
    static func load(_ path: String) throws(FileError) -> [Story] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .cannotRead("\(path): no stories file here; create one with `barraiser stories new`, or give --stories FILE")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead("\(path): cannot read the stories file; check its permissions")
        }
        let bytes = [UInt8](data)
        // Decoding would replace bad bytes silently; the user needs to know the line to fix.
        if let line = lineOfFirstInvalidUTF8(in: bytes) {
            throw .cannotRead(StoryFinding(source: path, line: line, problem: .notUTF8).description)
        }
        do {
            return try StoryParser.parse(String(decoding: bytes, as: UTF8.self), source: path)
        } catch {
            throw .cannotRead(error.description)
        }
    }

    /// The 1-based line holding the first byte that is not valid UTF-8, or nil when all of it is.
    static func lineOfFirstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .error:
                return 1 + bytes[..<offset].lazy.filter { $0 == 0x0A }.count
            case .emptyInput:
                return nil
            }
        }
    }

    /// Writes `text` to a new file at `path` (0600, its folder created 0700); an existing file is
    /// never touched.
    static func create(_ path: String, text: String) throws(FileError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, let problem = AppPaths.makePrivateFolder(folder) { throw .cannotWrite(problem) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST {
                throw .cannotWrite("\(path) already exists and was left as it is; edit it, or give --stories FILE to start another")
            }
            throw .cannotWrite("cannot create \(path): \(String(cString: strerror(errno))); give another place with --stories FILE")
        }
        defer { close(descriptor) }
        try write(Array(text.utf8), to: descriptor, path: path)
    }

    /// Adds `markdown` (one story, from its `## ` heading) at the end of the file at `path`, after
    /// a blank line, leaving every byte already there as it was; creates the file as `create`
    /// does when there is none. Returns the stories the file then holds. Nothing is written when
    /// the file with the story would not read cleanly (it changed since it was read, say).
    static func append(_ markdown: String, to path: String) throws(FileError) -> [Story] {
        guard FileManager.default.fileExists(atPath: path) else {
            let stories: [Story]
            do { stories = try StoryParser.parse(markdown, source: path) } catch { throw .cannotWrite(error.description) }
            try create(path, text: markdown)
            return stories
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotWrite("\(path): cannot read the stories file to add to it; check its permissions")
        }
        let bytes = [UInt8](data)
        if let line = lineOfFirstInvalidUTF8(in: bytes) {
            throw .cannotWrite(StoryFinding(source: path, line: line, problem: .notUTF8).description)
        }
        let existing = String(decoding: bytes, as: UTF8.self)
        let addition = StoryAddition.separator(after: existing) + markdown
        let stories: [Story]
        do { stories = try StoryParser.parse(existing + addition, source: path) } catch { throw .cannotWrite(error.description) }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .cannotWrite("cannot open \(path) to add to it: \(String(cString: strerror(errno))); check its permissions")
        }
        defer { close(descriptor) }
        try write(Array(addition.utf8), to: descriptor, path: path)
        return stories
    }

    /// Writes all of `bytes` and makes them durable.
    private static func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileError) {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            written += result
        }
        if fsync(descriptor) != 0 && errno != EINVAL {
            throw .cannotWrite("cannot save \(path) to disk: \(String(cString: strerror(errno)))")
        }
    }
}
