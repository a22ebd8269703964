import Foundation
import InterviewKit
#if canImport(Glibc)
import Glibc
#endif

/// A transcript being written: one JSON line per record, each written before the next prompt, so
/// a crash or `kill -9` loses at most the answer being typed. What a person typed is also flushed
/// to disk (fsync) at once, which makes every record before it durable too, so a power cut loses
/// no answer; the records the program writes itself wait for the next one, or for the close.
final class TranscriptFile {
    let path: String
    private let descriptor: Int32
    private var closed = false
    /// Records written since the last fsync, and whether anyone's words are in the file at all.
    private var unsynced = false
    private var holdsTypedWords = false

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
        // An interview being continued has answers in it already.
        holdsTypedWords = true
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

    /// Appends one record; one that holds what a person typed is made durable at once.
    func append(_ record: TranscriptRecord) throws(FileError) {
        let bytes = Array((TranscriptCodec.encode(record) + "\n").utf8)
        if record.holdsTypedWords {
            try writeDurably(bytes)
            holdsTypedWords = true
        } else {
            try writeAll(bytes)
            unsynced = true
        }
    }

    private func writeDurably(_ bytes: [UInt8]) throws(FileError) {
        try writeAll(bytes)
        try sync()
    }

    private func sync() throws(FileError) {
        if fsync(descriptor) != 0 && errno != EINVAL {
            throw .cannotWrite("cannot save \(path) to disk: \(String(cString: strerror(errno)))")
        }
        unsynced = false
    }

    private func writeAll(_ bytes: [UInt8]) throws(FileError) {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite("cannot write to \(path): \(String(cString: strerror(errno)))")
            }
            written += result
        }
    }

    /// Closes the file, which releases its lock; closing again does nothing. A file with someone's
    /// words in it is flushed first, so its debrief and end are on disk too.
    func close() {
        guard !closed else { return }
        closed = true
        if unsynced && holdsTypedWords { try? sync() }
        Glibc.close(descriptor)
    }
}
