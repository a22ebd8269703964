// Writes the benchmarks' inputs as files, for scripts/bench-process:
//   bench-inputs long TURNS FILE       one interview of TURNS turns
//   bench-inputs history COUNT FOLDER  COUNT whole interviews, one a day
import BenchmarkInputs
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 3, let count = Int(arguments[arguments.startIndex + 1]) else {
    FileHandle.standardError.write(Data("usage: bench-inputs long TURNS FILE | history COUNT FOLDER\n".utf8))
    exit(2)
}
let target = arguments[arguments.startIndex + 2]
do {
    switch arguments.first {
    case "long":
        try TranscriptMaker.longInterview(turns: count).write(toFile: target, atomically: true, encoding: .utf8)
    case "history":
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        for file in TranscriptMaker.history(count: count, samples: TranscriptMaker.checkoutSamples()) {
            try file.text.write(toFile: (target as NSString).appendingPathComponent(file.name), atomically: false, encoding: .utf8)
        }
    default:
        FileHandle.standardError.write(Data("bench-inputs: unknown input '\(arguments.first ?? "")'\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("bench-inputs: \(error)\n".utf8))
    exit(1)
}
