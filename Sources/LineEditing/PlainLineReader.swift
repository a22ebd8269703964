import CEditLine

/// Reads lines from a pipe or file with the same protocol as the editor: no prompt, no escapes.
public final class PlainLineReader: LineSource {
    public init() {}

    public var isInteractive: Bool { false }

    public func readLine(prompt: String) -> LineEvent {
        // A program driving this one through pipes must see the question before it answers.
        barraiser_flush_stdout()
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    public func close() {}
}
