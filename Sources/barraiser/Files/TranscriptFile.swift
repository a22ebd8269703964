import Foundation
import InterviewKit
#if canImport(Glibc)
import Glibc
#endif

/// A transcript being written: one JSON line per record, each flushed to disk (fsync) before the
/// next prompt, so a crash or `kill -9` loses at most the answer being typed.
final class TranscriptFile {
    let path: String
    private let descriptor: Int32

    /// Creates a new file (never overwriting one) in `folder`, named after the start time, track
    /// and round. Fails with a message naming the folder when it cannot be created or written.
    init(folder: String, startedAt: Date, track: Track, roundName: String) throws(FileError) {
        if let problem = AppPaths.makePrivateFolder(folder) { throw .cannotWrite(problem) }
        let stem = "\(UTCTimestamp(startedAt).compact)-\(track.rawValue)-\(roundName)"
        var attempt = 1
        while true {
            let name = attempt == 1 ? "\(stem).jsonl" : "\(stem)-\(attempt).jsonl"
            let candidate = (folder as NSString).appendingPathComponent(name)
            let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
            if opened >= 0 {
                fchmod(opened, 0o600)
                path = candidate
                descriptor = opened
                return
            }
            if errno == EEXIST && attempt < 1_000 {
                attempt += 1
                continue
            }
            throw .cannotWrite("cannot create a transcript in \(folder): \(String(cString: strerror(errno))); choose another folder with --transcripts")
        }
    }

    /// Reopens an existing transcript to continue it, so that what follows starts on a line of its
    /// own. A last line without its newline is kept, and ended, when it is a whole record (a file
    /// saved by an editor that drops the final newline); only one that does not parse, cut off
    /// mid-write, is removed.
    init(appendingTo existing: String) throws(FileError) {
        let opened = open(existing, O_RDWR | O_APPEND | O_CLOEXEC)
        guard opened >= 0 else { throw .cannotWrite("cannot open \(existing) to continue it: \(String(cString: strerror(errno)))") }
        path = existing
        descriptor = opened
        if let data = FileManager.default.contents(atPath: existing), let last = data.last, last != 0x0A {
            let lastLineStart = data.lastIndex(of: 0x0A).map { $0 + 1 } ?? data.startIndex
            if TranscriptCodec.record(fromLine: Data(data[lastLineStart...])) != nil {
                do { try writeDurably(Array("\n".utf8)) } catch {
                    Glibc.close(opened)
                    throw error
                }
            } else if ftruncate(opened, off_t(lastLineStart)) != 0 {
                Glibc.close(opened)
                throw .cannotWrite("cannot remove the cut-off last line of \(existing): \(String(cString: strerror(errno)))")
            }
        }
        fchmod(opened, 0o600)
    }

    /// Appends one record and makes it durable.
    func append(_ record: TranscriptRecord) throws(FileError) {
        try writeDurably(Array((TranscriptCodec.encode(record) + "\n").utf8))
    }

    private func writeDurably(_ bytes: [UInt8]) throws(FileError) {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite("cannot write to \(path): \(String(cString: strerror(errno)))")
            }
            written += result
        }
        if fsync(descriptor) != 0 && errno != EINVAL {
            throw .cannotWrite("cannot save \(path) to disk: \(String(cString: strerror(errno)))")
        }
    }

    func close() {
        Glibc.close(descriptor)
    }
}
