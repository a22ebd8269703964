import Foundation
import InterviewKit

/// Finds and reads the transcript a command names: a path, a file name in the transcripts
/// folder, `latest`, or `N` (the Nth in `barraiser transcripts`).
enum TranscriptLocator {
    /// The file `name` stands for; when there is none, the message says where it looked.
    static func path(for name: String, folder: String) throws(FileError) -> String {
        if name == "latest" || Int(name) != nil {
            let summaries = TranscriptFolder.list(folder).summaries
            let index = name == "latest" ? 0 : (Int(name) ?? 1) - 1
            guard summaries.indices.contains(index) else {
                throw .cannotRead(summaries.isEmpty
                    ? "no transcripts in \(folder); give a file's path, or --transcripts DIR"
                    : "there is no transcript number \(name); `barraiser transcripts` lists \(summaries.count)")
            }
            return summaries[index].path
        }
        if FileManager.default.fileExists(atPath: name) { return name }
        let inFolder = (folder as NSString).appendingPathComponent(name)
        if !name.contains("/") && FileManager.default.fileExists(atPath: inFolder) { return inFolder }
        throw .cannotRead(name.contains("/") ? "\(name): no such file" : "\(name): no such file here or in \(folder)")
    }

    /// The records of a transcript, with warnings printed for what could be read around.
    static func read(_ path: String, lenient: Bool, renderer: Renderer) throws(FileError) -> [TranscriptRecord] {
        guard let result = TranscriptFileReader.read(path, lenient: lenient) else { throw .cannotRead("\(path): cannot read the file") }
        switch result {
        case .success(let decoded):
            for warning in decoded.warnings { renderer.error("\(path):\(warning.line): warning: \(warning)") }
            return decoded.records
        case .failure(let error):
            let hint: String
            switch error {
            case .corruptLine(let line, _): hint = "\(path):\(line): \(error.description); add --lenient to skip such lines"
            case .lineTooLong(let line, _): hint = "\(path):\(line): \(error.description)"
            default: hint = "\(path): \(error.description)"
            }
            throw .cannotRead(hint)
        }
    }
}
