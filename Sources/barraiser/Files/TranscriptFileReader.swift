import Foundation
import InterviewKit
#if canImport(Glibc)
import Glibc
#endif

/// Reads a transcript file in chunks, handing each line to the core's `TranscriptLineReader`
/// straight from the chunk. A line longer than `TranscriptCodec.maximumLineBytes` is skipped over
/// rather than gathered, so memory stays bounded whatever the file holds.
enum TranscriptFileReader {
    static let chunkBytes = 1 << 20

    /// The file's records; nil when it cannot be opened or read.
    /// The lines of each chunk are read on up to `workers` threads at once.
    static func read(_ path: String, lenient: Bool, workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> Result<DecodedTranscript, TranscriptError>? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var reader = TranscriptLineReader(lenient: lenient)
        // A small file (most are) is read in one chunk of its own size, plus a byte to see the end.
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : chunkBytes
        var chunk = [UInt8](repeating: 0, count: min(max(size, 0) + 1, chunkBytes))
        /// The start of a line that runs past the end of a chunk.
        var carried: [UInt8] = []
        var carriedIsOverlong = false
        var lastByte: UInt8?
        do {
            while true {
                let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    return nil
                }
                if count == 0 { break }
                lastByte = chunk[count - 1]
                try chunk.withUnsafeBufferPointer { whole throws(TranscriptError) in
                    let bytes = UnsafeBufferPointer(rebasing: whole[..<count])
                    // The chunk's whole lines, read together once the chunk is split (or before a
                    // line that is not one of them, to keep the order).
                    var lines: [UnsafeBufferPointer<UInt8>] = []
                    var start = 0
                    while let newline = nextNewline(in: bytes, from: start) {
                        let piece = UnsafeBufferPointer(rebasing: bytes[start..<newline])
                        if carried.isEmpty && !carriedIsOverlong && piece.count <= TranscriptCodec.maximumLineBytes {
                            lines.append(piece)
                        } else if carried.isEmpty && !carriedIsOverlong {
                            try reader.read(lines: lines, workers: workers)
                            lines.removeAll()
                            try reader.readOverlongLine()
                        } else {
                            if !carriedIsOverlong { carried.append(contentsOf: piece) }
                            if carriedIsOverlong || carried.count > TranscriptCodec.maximumLineBytes {
                                try reader.readOverlongLine()
                            } else {
                                try carried.withUnsafeBufferPointer { line throws(TranscriptError) in try reader.read(line: line) }
                            }
                            carried.removeAll(keepingCapacity: false)
                            carriedIsOverlong = false
                        }
                        start = newline + 1
                    }
                    try reader.read(lines: lines, workers: workers)
                    guard !carriedIsOverlong else { return }
                    carried.append(contentsOf: bytes[start...])
                    if carried.count > TranscriptCodec.maximumLineBytes {
                        carried.removeAll(keepingCapacity: false)
                        carriedIsOverlong = true
                    }
                }
            }
            if carriedIsOverlong {
                try reader.readOverlongLine()
            } else {
                try carried.withUnsafeBufferPointer { line throws(TranscriptError) in try reader.read(line: line) }
            }
            return .success(try reader.finish(endsWithNewline: lastByte == 0x0A))
        } catch {
            return .failure(error)
        }
    }

    /// The offset of the next "\n" at or after `start`, found by memchr.
    private static func nextNewline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
