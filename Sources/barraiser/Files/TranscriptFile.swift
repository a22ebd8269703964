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
    private var closed = false

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
                // Nobody else can know the new name yet, so the lock is free; it keeps `resume` out.
                _ = Self.lockProblem(opened, path: candidate)
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

    /// Opens an existing transcript to continue it, holding the lock, without changing a byte:
    /// read it only after this, so that no other process can append in between.
    init(appendingTo existing: String) throws(FileError) {
        let opened = open(existing, O_RDWR | O_APPEND | O_CLOEXEC)
        guard opened >= 0 else { throw .cannotWrite("cannot open \(existing) to continue it: \(String(cString: strerror(errno)))") }
        if let problem = Self.lockProblem(opened, path: existing) {
            Glibc.close(opened)
            throw .cannotWrite(problem)
        }
        path = existing
        descriptor = opened
    }

    /// Makes what follows start on a line of its own. A last line without its newline is kept,
    /// and ended, when it is a whole record (a file saved by an editor that drops the final
    /// newline); only one that does not parse, cut off mid-write, is removed.
    func continueAfterLastRecord() throws(FileError) {
        if let data = FileManager.default.contents(atPath: path), let last = data.last, last != 0x0A {
            let lastLineStart = data.lastIndex(of: 0x0A).map { $0 + 1 } ?? data.startIndex
            if TranscriptCodec.record(fromLine: Data(data[lastLineStart...])) != nil {
                try writeDurably(Array("\n".utf8))
            } else if ftruncate(descriptor, off_t(lastLineStart)) != 0 {
                throw .cannotWrite("cannot remove the cut-off last line of \(path): \(String(cString: strerror(errno)))")
            }
        }
        fchmod(descriptor, 0o600)
    }

    /// Takes the transcript's lock for as long as it is open: two processes appending to one
    /// file (two resumes, or a resume of an interview still running) would interleave records.
    /// Nil when the lock is held; a file system without locks is written unlocked.
    private static func lockProblem(_ descriptor: Int32, path: String) -> String? {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            guard errno == EWOULDBLOCK else { return nil }
            return "\(path) is open in another barraiser (the interview is running or being resumed elsewhere); leave it there with /quit or Ctrl-D, then resume it"
        }
        return nil
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

    /// Closes the file, which releases its lock; closing again does nothing.
    func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(descriptor)
    }
}
