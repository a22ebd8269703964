import CEditLine
#if canImport(Glibc)
import Glibc
#endif

/// The line editor over libedit: history, Emacs keys (or the user's `~/.editrc`), Tab completion
/// of slash commands, Ctrl-C to discard the line, Ctrl-D to end, and bracketed paste so that a
/// pasted block arrives as one line, blank lines and all.
public final class LineEditor: LineSource {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private let completions: [String]
    private var promptBuffer: UnsafeMutablePointer<wchar_t>
    /// Names and help texts of added functions: libedit keeps the pointers, so they live as long as the editor.
    private var functionNames: [UnsafeMutablePointer<wchar_t>] = []
    private var interrupted = false
    private var pasting = false
    private var closed = false
    private var usesBracketedPaste = false

    /// Up to this many lines of history are kept across runs.
    public static let historySize: Int32 = 1_000

    /// A line longer than this many bytes (a long pasted answer) is not kept in history: libedit
    /// rewrites the whole file after every line, and a 100 MB entry took it 32 s and 1.8 GB.
    public static let historyEntryLimit = 64 * 1024

    /// Whether `line` is kept in history.
    static func fitsHistory(_ line: String) -> Bool {
        !line.trimmingSpaces().isEmpty && line.utf8.count <= historyEntryLimit
    }

    /// Starts the editor on the process's terminal. `historyPath` is loaded now and saved after
    /// each line; `completions` are what Tab completes (slash commands).
    public init?(programName: String, historyPath: String?, completions: [String]) {
        Self.ensureUTF8Locale()
        guard let editLine = barraiser_el_init(programName), let history = history_winit() else { return nil }
        self.editLine = editLine
        self.history = history
        self.historyPath = historyPath
        self.completions = completions.sorted()
        promptBuffer = Self.wideCopy("› ")

        barraiser_history_setsize(history, Self.historySize)
        barraiser_history_setunique(history, 1)
        if let historyPath { Self.loadHistory(history, from: historyPath) }

        barraiser_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        barraiser_el_set_prompt_esc(editLine, { el in
            guard let el, let editor = LineEditor.instance(for: el) else { return nil }
            return UnsafePointer(editor.promptBuffer)
        }, 1)
        withWide("emacs") { _ = barraiser_el_set_editor(editLine, $0) }
        barraiser_el_set_signal(editLine, 1)
        // Keys are read by the shim's reader, which keeps SIGTERM and SIGHUP from libedit: it
        // would re-send them to the whole process group and end the program unsaved.
        _ = barraiser_signals_init()
        _ = barraiser_el_use_own_reader(editLine)
        barraiser_el_set_history(editLine, history)
        // The user's ~/.editrc (vi mode, bindings) applies first; our few bindings go on top.
        if let editrc = Self.editrcPath() { _ = editrc.withCString { barraiser_el_source(editLine, $0) } }

        // Ctrl-C is a key that discards the line, not a signal that kills the process.
        withWide("-d") { d in withWide("-intr") { _ = barraiser_el_settty(editLine, d, $0) } }
        withWide("-d") { d in withWide("intr=") { _ = barraiser_el_settty(editLine, d, $0) } }
        addFunction("barraiser-interrupt", "Discard the line being typed") { el, _ in
            LineEditor.instance(for: el)?.interrupted = true
            return UInt8(CC_NEWLINE)
        }
        bind("^C", to: "barraiser-interrupt")

        addFunction("barraiser-complete", "Complete a slash command") { el, _ in
            LineEditor.instance(for: el)?.complete() ?? UInt8(CC_ERROR)
        }
        bind("^I", to: "barraiser-complete")

        addFunction("barraiser-paste-start", "Start of a bracketed paste") { el, _ in
            LineEditor.instance(for: el)?.setPasting(true)
            return UInt8(CC_NORM)
        }
        addFunction("barraiser-paste-end", "End of a bracketed paste") { el, _ in
            LineEditor.instance(for: el)?.setPasting(false)
            return UInt8(CC_NORM)
        }
        addFunction("barraiser-paste-newline", "A line break inside a paste") { el, _ in
            guard let el else { return UInt8(CC_ERROR) }
            _ = withWide("\n") { el_winsertstr(el, $0) }
            return UInt8(CC_REFRESH)
        }
        // Bracketed paste needs the paste markers bound as keys, and in libedit's vi mode any key
        // sequence starting with Escape makes a lone Escape stop working. Vi users keep Escape;
        // their pasted blank lines submit, as in any libedit program.
        usesBracketedPaste = barraiser_el_is_vi(editLine) == 0 && isatty(STDOUT_FILENO) == 1
        if usesBracketedPaste {
            bind("\\e[200~", to: "barraiser-paste-start")
            bind("\\e[201~", to: "barraiser-paste-end")
            writeToTerminal("\u{1B}[?2004h")
        }
        barraiser_set_bracketed_paste(usesBracketedPaste ? 1 : 0)

        // SIGINT outside the editor (while the program prints) must not end an interview unsaved.
        signal(SIGINT, SIG_IGN)
    }

    deinit {
        promptBuffer.deallocate()
        for name in functionNames { name.deallocate() }
    }

    public var isInteractive: Bool { true }

    /// SIGTERM or SIGHUP, once one has arrived.
    public var terminationSignal: Int32? {
        let signal = barraiser_pending_termination()
        return signal == 0 ? nil : signal
    }

    public func readLine(prompt: String) -> LineEvent {
        if let terminationSignal { return .terminated(signal: terminationSignal, partialLine: "") }
        setPrompt(prompt)
        barraiser_flush_stdout()
        interrupted = false
        // Held back until the reader has its handlers in place, and let through again after.
        barraiser_hold_termination()
        defer { barraiser_release_termination() }
        while true {
            var count: Int32 = 0
            guard let raw = el_wgets(editLine, &count) else {
                if let terminationSignal {
                    if pasting { setPasting(false) }
                    return .terminated(signal: terminationSignal, partialLine: lineBeingTyped())
                }
                if count == -1 && errno == EINTR { continue }
                return .endOfInput
            }
            var scalars = String.UnicodeScalarView()
            var index = 0
            while index < Int(count) {
                if let scalar = Unicode.Scalar(UInt32(bitPattern: raw[index])) { scalars.append(scalar) }
                index += 1
            }
            var line = String(scalars)
            if line.hasSuffix("\n") { line.removeLast() }
            if interrupted {
                interrupted = false
                writeToTerminal("^C\n")
                return .interrupted
            }
            if pasting { setPasting(false) }
            if Self.fitsHistory(line) {
                withWide(line) { _ = barraiser_history_enter(history, $0) }
                saveHistory()
            }
            return .line(line)
        }
    }

    public func close() {
        guard !closed else { return }
        closed = true
        if usesBracketedPaste { writeToTerminal("\u{1B}[?2004l") }
        saveHistory()
        el_end(editLine)
        history_wend(history)
        barraiser_signals_end()
    }

    /// What is in libedit's buffer: the line a signal interrupted.
    private func lineBeingTyped() -> String {
        var count: Int32 = 0
        guard let buffer = barraiser_el_line(editLine, &count), count > 0 else { return "" }
        var scalars = String.UnicodeScalarView()
        for index in 0..<Int(count) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: buffer[index])) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    // MARK: - Callbacks

    fileprivate static func instance(for el: OpaquePointer?) -> LineEditor? {
        guard let el, let data = barraiser_el_get_clientdata(el) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    private func setPasting(_ on: Bool) {
        pasting = on
        // Inside a paste a line break is text; outside it submits the line.
        let command = on ? "barraiser-paste-newline" : "ed-newline"
        bind("^J", to: command)
        bind("^M", to: command)
    }

    /// Completes the slash command before the cursor; lists the candidates when several fit.
    private func complete() -> UInt8 {
        guard let info = el_wline(editLine)?.pointee else { return UInt8(CC_ERROR) }
        var typed = String.UnicodeScalarView()
        var cursor = info.buffer
        while let position = cursor, position < info.cursor {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: position.pointee)) { typed.append(scalar) }
            cursor = position + 1
        }
        let word = String(typed)
        guard word.hasPrefix("/"), !word.contains(" ") else { return UInt8(CC_REFRESH_BEEP) }
        let matches = completions.filter { $0.hasPrefix(word) }
        guard let first = matches.first else { return UInt8(CC_REFRESH_BEEP) }
        var common = first
        for match in matches.dropFirst() {
            while !match.hasPrefix(common) { common.removeLast() }
        }
        let addition = String(common.dropFirst(word.count))
        if !addition.isEmpty { _ = withWide(addition) { el_winsertstr(editLine, $0) } }
        if matches.count == 1 { return UInt8(CC_REFRESH) }
        if addition.isEmpty {
            writeToTerminal("\n" + matches.joined(separator: "  ") + "\n")
            return UInt8(CC_REDISPLAY)
        }
        return UInt8(CC_REFRESH)
    }

    // MARK: - Helpers

    private func setPrompt(_ prompt: String) {
        promptBuffer.deallocate()
        promptBuffer = Self.wideCopy(Self.markingEscapes(prompt))
    }

    /// libedit needs non-printing sequences in a prompt between two `\u{1}` marks to measure it.
    static func markingEscapes(_ prompt: String) -> String {
        var result = ""
        var inEscape = false
        for scalar in prompt.unicodeScalars {
            if scalar == "\u{1B}" {
                result += "\u{1}"
                inEscape = true
            }
            result.unicodeScalars.append(scalar)
            if inEscape && scalar != "\u{1B}" && scalar != "[" && (0x40...0x7E).contains(scalar.value) {
                result += "\u{1}"
                inEscape = false
            }
        }
        return result
    }

    private func saveHistory() {
        guard let historyPath else { return }
        // Make the file private before libedit writes to it (libedit keeps an existing file's
        // mode), and only a regular file, never a folder.
        let descriptor = open(historyPath, O_WRONLY | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0o600)
        guard descriptor >= 0 else { return }
        var status = stat()
        let isFile = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        if isFile { fchmod(descriptor, 0o600) }
        Glibc.close(descriptor)
        guard isFile else { return }
        _ = historyPath.withCString { barraiser_history_save(history, $0) }
    }

    /// Loads the history file, leaving out entries too long to keep (libedit's own loader reads
    /// a line whole, however long): through a private copy without them, when there are any.
    private static func loadHistory(_ history: OpaquePointer, from path: String) {
        guard let bytes = contents(of: path) else { return }
        // An entry is saved escaped, at most four bytes to a character, one line each.
        let lineLimit = historyEntryLimit * 4 + 1
        let lines = bytes.split(separator: 0x0A)
        guard lines.contains(where: { $0.count > lineLimit }) else {
            _ = path.withCString { barraiser_history_load(history, $0) }
            return
        }
        var kept: [UInt8] = []
        for line in lines where line.count <= lineLimit {
            kept += line
            kept.append(0x0A)
        }
        let copy = path + ".loading-\(getpid())"
        let descriptor = open(copy, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        defer { unlink(copy) }
        var offset = 0
        while offset < kept.count {
            let written = kept[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { break }
            offset += written
        }
        Glibc.close(descriptor)
        if offset == kept.count { _ = copy.withCString { barraiser_history_load(history, $0) } }
    }

    /// A regular file's bytes; nil when it cannot be read.
    private static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { Glibc.close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return count == 0 ? bytes : nil }
            bytes += chunk[..<count]
        }
    }

    private func addFunction(_ name: String, _ help: String, _ function: barraiser_key_fn) {
        let wideName = Self.wideCopy(name)
        let wideHelp = Self.wideCopy(help)
        functionNames += [wideName, wideHelp]
        _ = barraiser_el_addfn(editLine, wideName, wideHelp, function)
    }

    private func bind(_ keys: String, to command: String) {
        withWide(keys) { k in withWide(command) { _ = barraiser_el_bind(editLine, k, $0) } }
    }

    private func writeToTerminal(_ text: String) {
        barraiser_write_stdout(text)
    }

    /// `$EDITRC`, else `~/.editrc`, when it exists. libedit's own look-up is compiled out on
    /// systems without issetugid(), so the path is found here and handed to it.
    static func editrcPath() -> String? {
        let path: String
        if let variable = getenv("EDITRC").map({ String(cString: $0) }), !variable.isEmpty {
            path = variable
        } else if let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty {
            path = home + "/.editrc"
        } else {
            return nil
        }
        return access(path, R_OK) == 0 ? path : nil
    }

    static func ensureUTF8Locale() {
        setlocale(LC_ALL, "")
        if barraiser_locale_is_utf8() == 0 {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    static func wideCopy(_ text: String) -> UnsafeMutablePointer<wchar_t> {
        let scalars = Array(text.unicodeScalars)
        let buffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: scalars.count + 1)
        for (index, scalar) in scalars.enumerated() { buffer[index] = wchar_t(bitPattern: scalar.value) }
        buffer[scalars.count] = 0
        return buffer
    }
}

@discardableResult
private func withWide<T>(_ text: String, _ body: (UnsafePointer<wchar_t>) -> T) -> T {
    let buffer = LineEditor.wideCopy(text)
    defer { buffer.deallocate() }
    return body(UnsafePointer(buffer))
}

extension String {
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
