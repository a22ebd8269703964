// Runs the built program the way a user does: through pipes, and through a pseudo-terminal.
//
// Every wait here has a deadline that ends in SIGKILL, so a hung program fails its test
// instead of hanging the run. See /work/shared/LIBEDIT.md, "Testing through a pseudo-terminal".
import Glibc

/// A failure of the harness itself: a program that could not start, did not answer in time,
/// or left before showing what a test waited for.
struct HarnessError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

// MARK: - Finding the built program

/// Where SwiftPM put the products built alongside the test bundle.
enum BuiltProducts {
    /// The path of the executable `name`, built next to the running test bundle.
    ///
    /// Looks in the folder of `/proc/self/exe`, then in the folder holding an enclosing
    /// `.xctest` bundle. When neither has it, returns the first candidate so that starting it
    /// fails with a message naming the path.
    static func executable(named name: String) -> String {
        var candidates: [String] = []
        if let testBinary = resolvedPath("/proc/self/exe") {
            candidates.append(parentFolder(of: testBinary) + "/" + name)
            var path = testBinary
            while path.count > 1 {
                if path.hasSuffix(".xctest") {
                    candidates.append(parentFolder(of: path) + "/" + name)
                    break
                }
                path = parentFolder(of: path)
            }
        }
        return candidates.first { access($0, X_OK) == 0 } ?? candidates.first ?? name
    }

    private static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

// MARK: - Running through pipes

/// What a program run through pipes left behind.
struct PipeResult {
    /// The exit status, or 128 + the signal that ended the program.
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `executable` with `stdin` as its standard input and collects its standard output and error.
///
/// The environment is this process's, without the keys in `removing`, overlaid with `environment`.
/// Input is written while output is read (one `poll` loop), so large inputs and outputs cannot
/// deadlock. After `timeout` seconds the program is killed and this throws.
func runPiped(
    _ executable: String,
    _ arguments: [String],
    stdin: String,
    environment: [String: String] = [:],
    removing: [String] = [],
    workingDirectory: String? = nil,
    timeout: Double = 30
) throws -> PipeResult {
    let deadline = Deadline(seconds: timeout)
    let input = try makePipe()
    let output = try makePipe()
    let errors = try makePipe()
    var parentEnds: Set<Int32> = [input.write, output.read, errors.read]
    var childEnds: Set<Int32> = [input.read, output.write, errors.write]
    defer { (parentEnds.union(childEnds)).forEach { close($0) } }

    let pid = try spawnProcess(
        executable, arguments,
        environment: childEnvironment(overlay: environment, removing: removing),
        workingDirectory: workingDirectory,
        newSession: false
    ) { actions in
        posix_spawn_file_actions_adddup2(&actions, input.read, 0)
        posix_spawn_file_actions_adddup2(&actions, output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, errors.write, 2)
    }
    childEnds.forEach { close($0) }
    childEnds = []
    for fd in parentEnds {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    // A write to a program that stopped reading raises SIGPIPE, which would end the test run.
    // Block it on this thread and take back the one a failed write leaves pending.
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    var previousMask = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &previousMask)
    defer { pthread_sigmask(SIG_SETMASK, &previousMask, nil) }

    let inputBytes = Array(stdin.utf8)
    var written = 0
    var inputOpen = true
    var outputOpen = true
    var errorsOpen = true
    var stdoutBytes: [UInt8] = []
    var stderrBytes: [UInt8] = []

    func closeInput() {
        close(input.write)
        parentEnds.remove(input.write)
        inputOpen = false
    }
    if inputBytes.isEmpty { closeInput() }

    func abandon(_ reason: String) -> HarnessError {
        forceKill(pid)
        _ = reap(pid, within: 5)
        return HarnessError("""
            \(executable) \(arguments) was killed: \(reason).
            stdout (last 2000 characters): \(String(String(decoding: stdoutBytes, as: UTF8.self).suffix(2000)))
            stderr (last 2000 characters): \(String(String(decoding: stderrBytes, as: UTF8.self).suffix(2000)))
            """)
    }

    while inputOpen || outputOpen || errorsOpen {
        if deadline.hasPassed { throw abandon("it did not finish its output within \(timeout) s") }
        var fds: [pollfd] = []
        if inputOpen { fds.append(pollfd(fd: input.write, events: Int16(POLLOUT), revents: 0)) }
        if outputOpen { fds.append(pollfd(fd: output.read, events: Int16(POLLIN), revents: 0)) }
        if errorsOpen { fds.append(pollfd(fd: errors.read, events: Int16(POLLIN), revents: 0)) }
        let ready = poll(&fds, nfds_t(fds.count), deadline.remainingMilliseconds(atMost: 1000))
        if ready < 0 && errno != EINTR { throw abandon("poll failed: \(errnoText())") }
        guard ready > 0 else { continue }
        for entry in fds where entry.revents != 0 {
            if entry.fd == input.write {
                let result = inputBytes.withUnsafeBytes { buffer in
                    write(input.write, buffer.baseAddress! + written, min(inputBytes.count - written, 65536))
                }
                if result > 0 {
                    written += result
                    if written == inputBytes.count { closeInput() }
                } else if result < 0 && errno == EPIPE {
                    var noWait = timespec()
                    _ = sigtimedwait(&pipeSignal, nil, &noWait)
                    closeInput()
                } else if result < 0 && errno != EAGAIN && errno != EINTR {
                    closeInput()
                }
            } else if entry.fd == output.read {
                if !readAvailableBytes(from: output.read, into: &stdoutBytes) {
                    outputOpen = false
                }
            } else if entry.fd == errors.read {
                if !readAvailableBytes(from: errors.read, into: &stderrBytes) {
                    errorsOpen = false
                }
            }
        }
    }

    guard let status = reap(pid, within: deadline.remainingSeconds) else {
        throw abandon("it did not exit within \(timeout) s of starting")
    }
    return PipeResult(
        status: status,
        stdout: String(decoding: stdoutBytes, as: UTF8.self),
        stderr: String(decoding: stderrBytes, as: UTF8.self)
    )
}

// MARK: - Running in a pseudo-terminal

/// Keys as a terminal sends them. Each is a `String`, so keys combine with text:
/// `session.send("yes" + Key.enter)`.
enum Key {
    static let enter = "\r"
    /// Alt-Enter (Escape, then Return), which libedit sees as `"\e^J"`.
    static let altEnter = "\u{1B}\r"
    static let ctrlC = "\u{03}"
    static let ctrlD = "\u{04}"
    static let ctrlZ = "\u{1A}"
    static let tab = "\t"
    static let escape = "\u{1B}"
    static let up = "\u{1B}[A"
    static let down = "\u{1B}[B"
    static let right = "\u{1B}[C"
    static let left = "\u{1B}[D"
    static let backspace = "\u{7F}"
    static let pasteStart = "\u{1B}[200~"
    static let pasteEnd = "\u{1B}[201~"

    /// `text` as a terminal in bracketed-paste mode delivers a paste: wrapped in the paste
    /// markers, with each line break sent as a carriage return.
    static func bracketedPaste(_ text: String) -> String {
        var body = String.UnicodeScalarView()
        var afterReturn = false
        for scalar in text.unicodeScalars {
            defer { afterReturn = scalar == "\r" }
            if scalar == "\n" && afterReturn { continue }
            body.append(scalar == "\n" ? "\r" : scalar)
        }
        return pasteStart + String(body) + pasteEnd
    }
}

/// A program running in a pseudo-terminal of its own, as if a user had started it.
///
/// The program is a session leader with the terminal as its controlling terminal, so Ctrl-C
/// typed into it raises SIGINT and `isatty` is true on all three standard descriptors.
/// Not for use from several tasks at once: one test drives one session.
final class TerminalSession {
    /// The program's process id; also its process group and session id.
    let pid: pid_t
    /// The exit status once the program has been reaped, or 128 + the signal that ended it.
    private(set) var exitStatus: Int32?

    private let master: Int32
    private let name: String
    private var raw: [UInt8] = []
    private var screen: [UInt8] = []
    private var rawStripped = 0
    private var markPosition = 0
    private var terminalClosed = false
    private var masterClosed = false
    private var sendFailure: String?

    /// Starts `executable` in a new pseudo-terminal of `rows` by `columns`.
    ///
    /// The environment is this process's with `TERM=xterm-256color`, without the keys in
    /// `removing`, overlaid with `environment`.
    init(
        _ executable: String,
        _ arguments: [String],
        environment: [String: String] = [:],
        removing: [String] = [],
        rows: UInt16 = 40,
        columns: UInt16 = 100,
        workingDirectory: String? = nil
    ) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var slaveName = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        // Another test's child must not inherit this terminal: mark both ends close-on-exec
        // before any other spawn from this harness can run.
        try descriptorLock.withLock {
            guard openpty(&master, &slave, &slaveName, nil, &size) == 0 else {
                throw HarnessError("openpty failed: \(errnoText())")
            }
            _ = fcntl(master, F_SETFD, FD_CLOEXEC)
            _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        }
        defer { close(slave) }
        let slavePath = slaveName.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        do {
            pid = try spawnProcess(
                executable, arguments,
                environment: childEnvironment(
                    overlay: environment, removing: removing, defaults: ["TERM": "xterm-256color"]
                ),
                workingDirectory: workingDirectory,
                newSession: true
            ) { actions in
                // Opened after setsid, without O_NOCTTY, it becomes the controlling terminal.
                posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
                posix_spawn_file_actions_adddup2(&actions, 0, 1)
                posix_spawn_file_actions_adddup2(&actions, 0, 2)
            }
        } catch {
            close(master)
            throw error
        }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        self.master = master
        self.name = executable.split(separator: "/").last.map(String.init) ?? executable
    }

    deinit {
        if exitStatus == nil {
            forceKill(pid)
            _ = reap(pid, within: 5)
        }
        if !masterClosed { close(master) }
    }

    // MARK: Output

    /// Everything the program has written so far, escape sequences included.
    var output: String {
        readAvailable()
        return String(decoding: raw, as: UTF8.self)
    }

    /// The output without escape sequences (CSI, OSC and the like, and single ESC x),
    /// carriage returns or bells.
    var screenText: String {
        readAvailable()
        return String(decoding: screen, as: UTF8.self)
    }

    /// `screenText` after the last `mark()`.
    var screenTextSinceMark: String {
        readAvailable()
        return String(decoding: screen[markPosition...], as: UTF8.self)
    }

    /// Makes later waits look only at output that arrives after this point, so that a test
    /// can wait for the next prompt rather than find the previous one.
    func mark() {
        readAvailable()
        markPosition = screen.count
    }

    /// Waits until `screenText` contains `text` after the last `mark()`. Finding it does not
    /// move the mark: call `mark()` before sending the input whose answer comes next.
    /// Throws at once if the program closes the terminal first.
    func waitFor(_ text: String, timeout: Double = 10) throws {
        let deadline = Deadline(seconds: timeout)
        let needle = Array(text.utf8)
        var searchFrom = markPosition
        while true {
            if screen.firstRange(of: needle, from: searchFrom) != nil { return }
            searchFrom = max(markPosition, screen.count - needle.count + 1)
            if terminalClosed {
                throw failure("\(name) closed the terminal before showing \(quoted(text))")
            }
            if deadline.hasPassed {
                throw failure("Timed out after \(timeout) s waiting for \(quoted(text)) from \(name)")
            }
            waitForOutput(milliseconds: deadline.remainingMilliseconds(atMost: 100))
        }
    }

    /// Waits for `text` after the last mark, then moves the mark to just past it. Use it to wait
    /// for what a key alone produces (`(line discarded`) before waiting for a prompt that may also
    /// have been redrawn, in output read after the mark, before the key took effect.
    func mark(after text: String, timeout: Double = 10) throws {
        try waitFor(text, timeout: timeout)
        if let range = screen.firstRange(of: Array(text.utf8), from: markPosition) {
            markPosition = range.upperBound
        }
    }

    /// Waits until the terminal leaves canonical mode, which libedit does only after printing
    /// its prompt: keys sent before that can be lost or doubled. Call it after `waitFor` has
    /// seen the prompt in question, since between two prompts the terminal may still be raw.
    func waitForRawMode(timeout: Double = 10) throws {
        let deadline = Deadline(seconds: timeout)
        while true {
            var settings = termios()
            if tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) == 0 {
                return
            }
            if terminalClosed {
                throw failure("\(name) closed the terminal before switching it to raw mode")
            }
            if deadline.hasPassed {
                throw failure("Timed out after \(timeout) s waiting for \(name) to switch the terminal to raw mode")
            }
            waitForOutput(milliseconds: deadline.remainingMilliseconds(atMost: 5))
        }
    }

    /// Waits for the program to end, reading its output meanwhile, and returns its exit status
    /// (128 + the signal if a signal ended it). On timeout the program is killed and this throws.
    @discardableResult
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        if let exitStatus { return exitStatus }
        let deadline = Deadline(seconds: timeout)
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                readAvailable()
                let decoded = decodeWaitStatus(status)
                exitStatus = decoded
                return decoded
            }
            if result < 0 && errno != EINTR {
                throw failure("waitpid for \(name) failed: \(errnoText())")
            }
            if deadline.hasPassed {
                forceKill(pid)
                if let status = reap(pid, within: 5) { exitStatus = status }
                readAvailable()
                throw failure("Timed out after \(timeout) s waiting for \(name) to exit; killed it")
            }
            waitForOutput(milliseconds: deadline.remainingMilliseconds(atMost: terminalClosed ? 2 : 10))
        }
    }

    // MARK: Input

    /// Types `text` (keys from `Key` included) into the terminal.
    func send(_ text: String) {
        send(bytes: Array(text.utf8))
    }

    /// Types `text` into the terminal; the same as `send(_:)`, for keys such as `Key.ctrlC`.
    func send(bytes text: String) {
        send(bytes: Array(text.utf8))
    }

    /// Writes raw bytes to the terminal, reading output meanwhile so that neither side blocks.
    func send(bytes: [UInt8]) {
        let deadline = Deadline(seconds: 10)
        var offset = 0
        while offset < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(master, buffer.baseAddress! + offset, bytes.count - offset)
            }
            if result > 0 {
                offset += result
                continue
            }
            if result < 0 && errno == EINTR { continue }
            guard result < 0 && errno == EAGAIN else {
                sendFailure = "writing to the terminal of \(name) failed: \(errnoText())"
                return
            }
            if deadline.hasPassed {
                sendFailure = "\(name) did not read its input within 10 s (\(bytes.count - offset) bytes unsent)"
                return
            }
            var entry = pollfd(fd: master, events: Int16(POLLOUT | POLLIN), revents: 0)
            if poll(&entry, 1, deadline.remainingMilliseconds(atMost: 50)) > 0
                && entry.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                readAvailable()
            }
        }
    }

    /// Sends `signal` to the program, unless it has already been reaped.
    func kill(_ signal: Int32) {
        guard exitStatus == nil else { return }
        _ = Glibc.kill(pid, signal)
    }

    /// Closes the terminal, as closing its window does: the kernel hangs it up and sends SIGHUP.
    /// Nothing more is read from it after this.
    func hangUp() {
        readAvailable()
        guard !terminalClosed else { return }
        terminalClosed = true
        close(master)
        masterClosed = true
    }

    /// Changes the terminal's size; the kernel sends SIGWINCH to the program.
    func resize(rows: UInt16, columns: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    // MARK: Reading

    /// Waits up to `milliseconds` for output and reads all that is available.
    private func waitForOutput(milliseconds: Int32) {
        if terminalClosed {
            _ = poll(nil, 0, milliseconds)
            return
        }
        var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        if poll(&entry, 1, milliseconds) > 0 {
            readAvailable()
        }
    }

    /// Reads everything available now without waiting. EIO means every slave end has been
    /// closed: the program (and anything it started on this terminal) is gone.
    private func readAvailable() {
        guard !terminalClosed else { return }
        var chunk: [UInt8] = []
        if !readAvailableBytes(from: master, into: &chunk) {
            terminalClosed = true
        }
        guard !chunk.isEmpty else { return }
        raw.append(contentsOf: chunk)
        rawStripped = stripTerminalEscapes(raw, from: rawStripped, into: &screen)
    }

    private func failure(_ summary: String) -> HarnessError {
        var text = summary
        if let sendFailure { text += "\nAlso: \(sendFailure)" }
        text += "\nScreen text (last 2000 characters):\n\(String(String(decoding: screen, as: UTF8.self).suffix(2000)))"
        return HarnessError(text)
    }
}

/// `text` without terminal escape sequences, carriage returns or bells; for checking coloured
/// output from `runPiped`.
func strippingTerminalEscapes(_ text: String) -> String {
    var screen: [UInt8] = []
    _ = stripTerminalEscapes(Array(text.utf8), from: 0, into: &screen)
    return String(decoding: screen, as: UTF8.self)
}

// MARK: - Internals

private let descriptorLock = HarnessLock()

/// A pthread mutex; `Synchronization.Mutex` would need macOS 15 on the package's other platform.
private final class HarnessLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}

private struct Deadline {
    private let end: Double

    init(seconds: Double) {
        end = monotonicSeconds() + seconds
    }

    var hasPassed: Bool { monotonicSeconds() >= end }

    var remainingSeconds: Double { max(0, end - monotonicSeconds()) }

    func remainingMilliseconds(atMost limit: Int32) -> Int32 {
        Int32(min(Double(limit), (remainingSeconds * 1000).rounded(.up)))
    }
}

private func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1_000_000_000
}

private func errnoText() -> String {
    String(cString: strerror(errno))
}

/// `text` in quotes, with control characters spelled out so an error message shows them.
private func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case "\"": result += "\\\""
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}

private extension Array where Element == UInt8 {
    func firstRange(of needle: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty else { return start..<start }
        guard count - needle.count >= start else { return nil }
        for index in Swift.max(start, 0)...(count - needle.count)
        where self[index] == needle[0] && self[index..<(index + needle.count)].elementsEqual(needle) {
            return index..<(index + needle.count)
        }
        return nil
    }
}

/// Appends `raw[start...]` to `screen` without escape sequences, carriage returns and bells,
/// and returns where it stopped: before an escape sequence that has not fully arrived yet.
private func stripTerminalEscapes(_ raw: [UInt8], from start: Int, into screen: inout [UInt8]) -> Int {
    let escape: UInt8 = 0x1B
    var index = start
    while index < raw.count {
        let byte = raw[index]
        if byte == 0x0D || byte == 0x07 {
            index += 1
            continue
        }
        guard byte == escape else {
            screen.append(byte)
            index += 1
            continue
        }
        guard index + 1 < raw.count else { return index }
        switch raw[index + 1] {
        case UInt8(ascii: "["):
            // CSI: parameter and intermediate bytes, then one final byte.
            var end = index + 2
            while end < raw.count && (0x20...0x3F).contains(raw[end]) { end += 1 }
            guard end < raw.count else { return index }
            index = (0x40...0x7E).contains(raw[end]) ? end + 1 : end
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            // OSC, DCS, SOS, PM, APC: a string ended by BEL or ESC \.
            var end = index + 2
            var terminated = false
            while end < raw.count {
                if raw[end] == 0x07 {
                    end += 1
                    terminated = true
                    break
                }
                if raw[end] == escape {
                    guard end + 1 < raw.count else { break }
                    if raw[end + 1] == UInt8(ascii: "\\") {
                        end += 2
                        terminated = true
                        break
                    }
                }
                end += 1
            }
            guard terminated else { return index }
            index = end
        case 0x20...0x2F:
            // nF escapes such as ESC ( B: intermediate bytes, then one final byte.
            var end = index + 1
            while end < raw.count && (0x20...0x2F).contains(raw[end]) { end += 1 }
            guard end < raw.count else { return index }
            index = end + 1
        default:
            index += 2
        }
    }
    return index
}

private struct PipeEnds {
    var read: Int32
    var write: Int32
}

private func makePipe() throws -> PipeEnds {
    var ends: [Int32] = [-1, -1]
    // pipe2 is not imported; mark the ends close-on-exec before another spawn can run.
    try descriptorLock.withLock {
        guard pipe(&ends) == 0 else {
            throw HarnessError("pipe failed: \(errnoText())")
        }
        for slot in 0..<2 {
            if ends[slot] < 3 {
                // An end numbered 0, 1 or 2 would be overwritten by the dup2 actions.
                let moved = fcntl(ends[slot], F_DUPFD_CLOEXEC, 3)
                close(ends[slot])
                ends[slot] = moved
            } else {
                _ = fcntl(ends[slot], F_SETFD, FD_CLOEXEC)
            }
        }
    }
    guard ends[0] >= 0, ends[1] >= 0 else {
        ends.filter { $0 >= 0 }.forEach { close($0) }
        throw HarnessError("fcntl(F_DUPFD_CLOEXEC) failed: \(errnoText())")
    }
    return PipeEnds(read: ends[0], write: ends[1])
}

/// Reads until the descriptor has nothing more right now. Returns false at end of file or on
/// an error such as EIO (a pseudo-terminal whose other side is closed).
private func readAvailableBytes(from fd: Int32, into bytes: inout [UInt8]) -> Bool {
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
            bytes.append(contentsOf: buffer[0..<count])
            continue
        }
        if count == 0 { return false }
        switch errno {
        case EINTR: continue
        case EAGAIN: return true
        default: return false
        }
    }
}

/// The inherited environment, plus `defaults`, minus `removing`, overlaid with `overlay`.
private func childEnvironment(
    overlay: [String: String], removing: [String], defaults: [String: String] = [:]
) -> [String] {
    var variables: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
        let text = String(cString: pointer)
        if let equals = text.firstIndex(of: "=") {
            variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
        }
        entry += 1
    }
    variables.merge(defaults) { _, new in new }
    for key in removing { variables[key] = nil }
    variables.merge(overlay) { _, new in new }
    return variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
}

private typealias AddChdirFunction = @convention(c) (
    UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
) -> Int32
private typealias AddCloseFromFunction = @convention(c) (
    UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32
) -> Int32

/// glibc's `posix_spawn_file_actions_addchdir_np` (2.29) and `…_addclosefrom_np` (2.34),
/// which Swift's Glibc module does not import; nil on a C library without them.
private let addChdirAction = spawnExtension("posix_spawn_file_actions_addchdir_np", as: AddChdirFunction.self)
private let addCloseFromAction = spawnExtension("posix_spawn_file_actions_addclosefrom_np", as: AddCloseFromFunction.self)

private func spawnExtension<Function>(_ name: String, as type: Function.Type) -> Function? {
    guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { return nil }
    return unsafeBitCast(symbol, to: type)
}

/// glibc's POSIX_SPAWN_SETSID, a macro Swift does not import.
private let spawnSetSessionID: Int32 = 0x80

/// Starts a program, in a new session or else in a new process group, with an empty signal mask and every signal at its default: test worker
/// threads block most signals, and a child inheriting that ignores Ctrl-C and even SIGTERM.
private func spawnProcess(
    _ executable: String,
    _ arguments: [String],
    environment: [String],
    workingDirectory: String?,
    newSession: Bool,
    fileActions: (inout posix_spawn_file_actions_t) -> Void
) throws -> pid_t {
    var command = [executable] + arguments
    if let workingDirectory, addChdirAction == nil {
        command = ["/bin/sh", "-c", "cd -- \"$0\" && exec \"$@\"", workingDirectory] + command
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
    if newSession {
        flags |= spawnSetSessionID
    } else {
        // A group of its own, so that a timeout can kill whatever the program started.
        flags |= POSIX_SPAWN_SETPGROUP
        posix_spawnattr_setpgroup(&attributes, 0)
    }
    posix_spawnattr_setflags(&attributes, Int16(flags))
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    fileActions(&actions)
    if let workingDirectory, let addChdirAction {
        _ = addChdirAction(&actions, workingDirectory)
    }
    // Descriptors the test process inherited without close-on-exec (from the IDE, the shell,
    // `swift test`) stay out of the child too.
    if let addCloseFromAction {
        _ = addCloseFromAction(&actions, 3)
    }

    let argv = command.map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = descriptorLock.withLock {
        posix_spawnp(&pid, command[0], &actions, &attributes, argv, envp)
    }
    guard result == 0 else {
        throw HarnessError("Could not start \(command[0]): \(String(cString: strerror(result)))")
    }
    return pid
}

/// The program's group (it may have started others) and the program itself.
private func forceKill(_ pid: pid_t) {
    _ = kill(-pid, SIGKILL)
    _ = kill(pid, SIGKILL)
}

/// Reaps `pid` if it ends within `seconds`, returning its decoded status.
private func reap(_ pid: pid_t, within seconds: Double) -> Int32? {
    let deadline = Deadline(seconds: seconds)
    while true {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid { return decodeWaitStatus(status) }
        if result < 0 && errno != EINTR { return nil }
        if deadline.hasPassed { return nil }
        _ = poll(nil, 0, deadline.remainingMilliseconds(atMost: 2))
    }
}

/// The exit code, or 128 + the terminating signal, as a shell reports it.
private func decodeWaitStatus(_ status: Int32) -> Int32 {
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
}
