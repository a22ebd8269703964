import Foundation
import InterviewKit
#if canImport(Glibc)
import Glibc
#endif

/// Reads and creates the candidate's stories file.
enum StoryFile {
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
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
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
