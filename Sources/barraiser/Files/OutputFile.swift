import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `-o PATH` writes: the file is created or replaced, readable by its owner alone (0600).
enum OutputFile {
    static func write(_ text: String, to path: String) throws(FileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        // An existing file keeps its mode through O_TRUNC: make it private too.
        fchmod(descriptor, 0o600)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            written += result
        }
    }
}
