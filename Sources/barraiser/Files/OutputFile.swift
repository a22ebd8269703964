import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A whole document written out at once, to a file or to standard output. A failure is a
/// `FileError` naming where it went wrong, never a crash.
enum OutputFile {
    /// Writes `text` to `path` as a `0600` file. A regular file, or one not there yet, is replaced
    /// only once the new text is on disk: it goes to a temporary file in the same folder, is
    /// fsync'd and renamed over `path`, so a crash or a full disk leaves the old file whole. A
    /// device or a pipe (`/dev/null`, `/dev/stdout`) is written in place: it cannot be replaced.
    static func write(_ text: String, to path: String) throws(FileError) {
        let target = resolvingSymbolicLink(path)
        var status = stat()
        let exists = stat(target, &status) == 0
        let kind = status.st_mode & S_IFMT
        if exists && kind == S_IFDIR { throw .cannotWrite("cannot write \(path): it is a folder; name a file") }
        if exists && kind != S_IFREG {
            let descriptor = open(target, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .cannotWrite("cannot write \(path): \(errorText())") }
            defer { close(descriptor) }
            try writeAll(text, to: descriptor, naming: path)
            return
        }
        try replaceAtomically(target, with: text, naming: path, unchanged: exists)
    }

    /// Writes `text` to standard output.
    static func writeToStandardOutput(_ text: String) throws(FileError) {
        try writeAll(text, to: STDOUT_FILENO, naming: "standard output")
    }

    /// Whether `first` and `second` name the same file (through links too); false when either is missing.
    static func isSameFile(_ first: String, as second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    private static func replaceAtomically(_ target: String, with text: String, naming path: String, unchanged existed: Bool) throws(FileError) {
        let folder = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array("\(folder)/.\(name).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw .cannotWrite("cannot create a file in \(folder) to write \(path): \(errorText())") }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let keptNote = existed ? "; \(path) is unchanged" : ""
        var open = true
        do throws(FileError) {
            fchmod(descriptor, 0o600)
            try writeAll(text, to: descriptor, naming: path, note: keptNote)
            guard fsync(descriptor) == 0 else { throw .cannotWrite("cannot save \(path) to disk: \(errorText())\(keptNote)") }
            open = false
            guard close(descriptor) == 0 else { throw .cannotWrite("cannot save \(path) to disk: \(errorText())\(keptNote)") }
            guard rename(temporary, target) == 0 else { throw .cannotWrite("cannot replace \(path): \(errorText())\(keptNote)") }
        } catch {
            if open { close(descriptor) }
            unlink(temporary)
            throw error
        }
        // The rename is durable once the folder is too.
        let folderDescriptor = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Writes the text's own UTF-8: copying a long export into an array of bytes first cost
    /// about as much as writing it.
    private static func writeAll(_ text: String, to descriptor: Int32, naming path: String, note: String = "") throws(FileError) {
        var text = text
        let failure: String? = text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let rest = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[written...]))
                let result = Glibc.write(descriptor, rest.baseAddress, rest.count)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errorText()
                }
                written += result
            }
            return nil
        }
        if let failure { throw .cannotWrite("cannot write \(path): \(failure)\(note)") }
    }

    /// The file a symbolic link points to, so that replacing it keeps the link; `path` itself otherwise.
    private static func resolvingSymbolicLink(_ path: String) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
