#if canImport(Glibc)
import Glibc
#endif

/// Colours and width for what the program prints: colour only on a terminal and never when
/// `--no-color` or `NO_COLOR` says so; wrapping to the terminal's current width.
struct TextStyle {
    let useColor: Bool
    let isTerminal: Bool

    init(noColorFlag: Bool, environment: [String: String]) {
        isTerminal = isatty(STDOUT_FILENO) == 1
        let noColorVariable = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        useColor = isTerminal && !noColorFlag && !noColorVariable && environment["TERM"] != "dumb"
    }

    /// The terminal's width now (it may have been resized), or nil when output is not a terminal.
    var width: Int? {
        guard isTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }
    func accent(_ text: String) -> String { paint(text, "36") }
    func warning(_ text: String) -> String { paint(text, "33") }
    func good(_ text: String) -> String { paint(text, "32") }
    func bad(_ text: String) -> String { paint(text, "31") }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Word-wraps plain text to a width, keeping an indent on the lines it continues.
enum TextWrapper {
    static func wrap(_ text: String, width: Int?, indent: String = "") -> String {
        guard let width, width > indent.count + 10 else {
            return indented(text, indent)
        }
        var output: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = indent
            var lineLength = indent.count
            for word in paragraph.split(separator: " ") {
                let length = visibleLength(word)
                if lineLength > indent.count && lineLength + 1 + length > width {
                    output.append(line)
                    line = indent
                    lineLength = indent.count
                }
                if lineLength > indent.count { line += " "; lineLength += 1 }
                line += word
                lineLength += length
            }
            output.append(line)
        }
        return output.joined(separator: "\n")
    }

    /// `indent` before every line of `text`, found by its bytes: a line ends at a "\n" that does not
    /// follow a "\r", as where `Character` splits it ("\r\n" is one Character).
    private static func indented(_ text: String, _ indent: String) -> String {
        if indent.isEmpty { return text }
        var text = text
        return text.withUTF8 { bytes in
            let prefix = Array(indent.utf8)
            var result = prefix
            result.reserveCapacity(bytes.count + prefix.count * 8)
            var lineStart = 0
            var searchFrom = 0
            while let newline = bytes[searchFrom...].firstIndex(of: 0x0A) {
                searchFrom = newline + 1
                if newline > 0 && bytes[newline - 1] == 0x0D { continue }
                result.append(contentsOf: bytes[lineStart...newline])
                result.append(contentsOf: prefix)
                lineStart = newline + 1
            }
            result.append(contentsOf: bytes[lineStart...])
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Characters that take room on screen: escape sequences take none.
    static func visibleLength<S: StringProtocol>(_ text: S) -> Int {
        var count = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            count += 1
        }
        return count
    }
}
