import Foundation
import InterviewKit
import LineEditing

/// Runs an interview: reads lines, decodes them, feeds the reducer, and performs its effects
/// (printing, recording). This is the only loop that touches the terminal.
final class InterviewSession {
    private var state: InterviewState
    private let input: LineSource
    private let transcript: TranscriptFile
    private let renderer: Renderer
    private let stories: InterviewStories
    private let now: () -> Date
    private var lastProbe: Probe?
    /// When the question or follow-up now waiting for an answer was put; commands do not reset it.
    private var answerStartedAt: Date
    private var warnedAboutTime = false
    private var announcedRound = -1
    private var finishedStatus: EndStatus?
    /// SIGTERM or SIGHUP ended the interview: the program leaves with status 128 + this.
    private(set) var terminatingSignal: Int32?

    init(state: InterviewState, input: LineSource, transcript: TranscriptFile, renderer: Renderer, stories: InterviewStories,
         now: @escaping () -> Date = Date.init) {
        self.state = state
        self.input = input
        self.transcript = transcript
        self.renderer = renderer
        self.stories = stories
        self.now = now
        answerStartedAt = now()
    }

    /// How the interview begins.
    enum Start {
        case fresh(startedAt: String)
        /// Continuing a saved interview: records that never reached the file are written first.
        case resumed(unwritten: [TranscriptRecord])
    }

    /// Shown after the last round when practising a recorded interview again.
    var comparisonBaseline: [Rescorer.QuestionComparison]?

    /// Runs the interview to its end; returns how it ended. On a failure to save, the problem is
    /// reported once, the terminal is restored, and the error is thrown.
    func run(_ start: Start) throws(FileError) -> EndStatus {
        do {
            return try runUntilFinished(start)
        } catch {
            input.close()
            transcript.close()
            throw error
        }
    }

    private func runUntilFinished(_ start: Start) throws(FileError) -> EndStatus {
        switch start {
        case .fresh(let startedAt):
            try send(.started(at: startedAt, toolVersion: BarRaiser.version))
        case .resumed(let unwritten):
            for record in unwritten { try transcript.append(record) }
            announcedRound = state.roundIndex
            if let round = state.currentRound { renderer.roundStart(round) }
            lastProbe = state.pendingProbe
            try send(.resumed)
        }
        while finishedStatus == nil {
            switch state.phase {
            case .paused: try waitForNextRound()
            case .answering: try readAnswer()
            case .choosing: try readChoice()
            case .voting: try readVote()
            case .notStarted, .finished: finishedStatus = finishedStatus ?? .quit
            }
        }
        input.close()
        transcript.close()
        return finishedStatus ?? .quit
    }

    // MARK: - Reading

    private func readAnswer() throws(FileError) {
        var lines: [String] = []
        let softLimit = state.config.softLimit(for: state.currentQuestion?.kind ?? .behavioural)
        while true {
            let elapsed = now().timeIntervalSince(answerStartedAt)
            if !warnedAboutTime && elapsed > softLimit && input.isInteractive && !state.config.isInterviewer {
                warnedAboutTime = true
                renderer.say(renderer.style.warning("(\(DurationText.clock(elapsed)) on this answer. No rush, but in a real loop the interviewer would start steering you to the result.)"))
            }
            let prompt = lines.isEmpty ? mainPrompt() : renderer.style.dim("  … ") + "› "
            switch input.readLine(prompt: prompt) {
            case .interrupted:
                renderer.say(renderer.style.dim(lines.isEmpty ? "(line discarded)" : "(line discarded; the lines above are kept)"))
            case .endOfInput:
                if !lines.isEmpty { try submit(lines) }
                if finishedStatus == nil { try send(.quit) }
                return
            case .terminated(let signal, let partialLine):
                // Keep what was typed, the line being typed too (unless it is a command), then quit.
                terminatingSignal = signal
                var typed = lines
                if case .answerLine = ReplInput.decode(partialLine, isFirstLine: lines.isEmpty) {
                    typed += partialLine.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                }
                if typed.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) { try submit(typed) }
                if finishedStatus == nil { try send(.quit) }
                return
            case .line(let text):
                switch ReplInput.decode(text, isFirstLine: lines.isEmpty) {
                case .answerLine(let line):
                    lines += line.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                case .blank, .command(.done):
                    if PastedQuestion.isPastedBack(lines.joined(separator: "\n"), from: promptsOnScreen()) {
                        lines = []
                        renderer.say(renderer.style.warning("(that is the question itself, so it was not taken as an answer; answer it in your own words, or /skip)"))
                        continue
                    }
                    if lines.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                        try submit(lines)
                        return
                    }
                    if input.isInteractive {
                        renderer.say(renderer.style.dim(state.config.isInterviewer ? "(type notes of what they say; an empty line ends them)" : "(type your answer; an empty line submits it)"))
                    }
                case .command(let command):
                    try run(command)
                    return
                case .unknownCommand(let word) where state.config.isInterviewer:
                    renderer.say(renderer.style.warning("\(word) is not a command while you type notes.")
                                 + " Type the candidate's words; /skip, /hint, /why, /quit work here, and 1-3, /ask, /next once the notes end.")
                case .unknownCommand(let word):
                    renderer.say(renderer.style.warning("\(word) is not a command.") + " Commands: " + ReplCommand.allCases.map(\.typed).joined(separator: " "))
                case .commandWithWords(let command, let typed):
                    renderer.say(renderer.style.warning("\(command.typed) takes nothing after it, so “\(SafeText.forTerminal(typed))” was not recorded.")
                                 + " Type \(command.typed) alone, or start the answer with a word.")
                }
            }
        }
    }

    /// The question, case part and follow-up now waiting for an answer.
    private func promptsOnScreen() -> [String] {
        [state.currentQuestion?.text, state.currentPart?.prompt, state.pendingProbe?.text].compactMap { $0 }
    }

    private func submit(_ lines: [String]) throws(FileError) {
        var answer = lines
        while answer.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { answer.removeLast() }
        while answer.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { answer.removeFirst() }
        try send(.answerSubmitted(text: answer.joined(separator: "\n"), seconds: (now().timeIntervalSince(answerStartedAt) * 10).rounded() / 10))
    }

    private func waitForNextRound() throws(FileError) {
        guard input.isInteractive else {
            try send(.pauseEnded)
            return
        }
        let next = state.plan.indices.contains(state.roundIndex + 1) ? state.plan[state.roundIndex + 1].kind.title : "next round"
        switch input.readLine(prompt: "Press Enter when you are ready for the \(next) round (or /quit) › ") {
        case .line(let text) where text.trimmingCharacters(in: .whitespaces) == ReplCommand.quit.typed: try send(.quit)
        case .line: try send(.pauseEnded)
        case .interrupted: break
        case .endOfInput: try send(.quit)
        case .terminated(let signal, _): try quit(by: signal)
        }
    }

    private func mainPrompt() -> String {
        let label = state.promptContext?.label ?? ""
        return renderer.style.accent("[\(label)]") + (state.config.isInterviewer ? " notes › " : " › ")
    }

    // MARK: - The interviewer's choices in a mock

    /// One line after the suggestions: a number, `/ask TEXT` or `/next`.
    private func readChoice() throws(FileError) {
        let label = state.promptContext?.label ?? ""
        switch input.readLine(prompt: renderer.style.accent("[\(label)]") + " ask 1-\(state.suggestions.count), /ask, /next › ") {
        case .interrupted: renderer.say(renderer.style.dim("(line discarded)"))
        case .endOfInput: try send(.quit)
        case .terminated(let signal, _): try quit(by: signal)
        case .line(let text):
            switch InterviewerInput.decode(text, afterScoreCard: false) {
            case .choose(let number): try send(.suggestionChosen(number: number))
            case .ask(let probe): try send(.ownProbeAsked(text: probe))
            case .next, .noVote: try send(.movedOn)
            case .quit: try send(.quit)
            case .help: renderer.interviewerHelp()
            case .vote: renderer.say(renderer.style.warning("(vote once the question's score card is shown)"))
            case .invalid(let problem): renderer.say(renderer.style.warning("(\(problem))"))
            }
        }
    }

    /// One line after a score card: `/vote RATING`, or Enter to go on without a vote.
    private func readVote() throws(FileError) {
        let label = state.currentRound.map { "\($0.kind.title) · Q\(state.questionIndex + 1)/\($0.questions.count)" } ?? ""
        switch input.readLine(prompt: renderer.style.accent("[\(label)]") + " /vote or Enter › ") {
        case .interrupted: renderer.say(renderer.style.dim("(line discarded)"))
        case .endOfInput: try send(.quit)
        case .terminated(let signal, _): try quit(by: signal)
        case .line(let text):
            switch InterviewerInput.decode(text, afterScoreCard: true) {
            case .vote(let rating): try send(.voteCast(rating))
            case .noVote, .next: try send(.voteCast(nil))
            case .quit: try send(.quit)
            case .help: renderer.interviewerHelp()
            case .choose, .ask: renderer.say(renderer.style.warning("(the question is over; /vote, or Enter to go on)"))
            case .invalid(let problem): renderer.say(renderer.style.warning("(\(problem))"))
            }
        }
    }

    private func quit(by signal: Int32) throws(FileError) {
        terminatingSignal = signal
        try send(.quit)
    }

    private func startAnswerClock() {
        answerStartedAt = now()
        warnedAboutTime = false
    }

    // MARK: - Commands

    private func run(_ command: ReplCommand) throws(FileError) {
        switch command {
        case .help: if state.config.isInterviewer { renderer.interviewerHelp() } else { renderer.help() }
        case .repeat: try send(.questionRepeated)
        case .skip: try send(.questionSkipped)
        case .end: try send(.roundEndedEarly)
        case .quit: try send(.quit)
        case .done: break
        case .hint:
            guard let question = state.currentQuestion else { return }
            var hint = question.hint.isEmpty ? "Tell one specific story: the situation, what you did, the result with a number, and what you learned." : question.hint
            if let part = state.currentPart, !part.expects.isEmpty { hint = part.expects }
            renderer.say(renderer.style.dim("Hint: ") + SafeText.forTerminal(hint))
        case .stories:
            if let question = state.currentQuestion { renderer.stories(stories, fitting: question) }
        case .why:
            if let probe = lastProbe {
                renderer.say(renderer.style.dim("Why that follow-up: ") + SafeText.forTerminal(probe.reason))
            } else {
                renderer.say(renderer.style.dim("No follow-up has been asked yet."))
            }
        case .time:
            let answer = now().timeIntervalSince(answerStartedAt)
            let round = state.roundSeconds + answer
            let budget = Double(state.currentRound?.settings.budgetMinutes ?? 0) * 60
            renderer.say("This answer: \(DurationText.clock(answer)) · this round: \(DurationText.clock(round)) of about \(DurationText.clock(budget))")
        }
    }

    // MARK: - Effects

    private func send(_ event: InterviewEvent) throws(FileError) {
        let effects: [InterviewEffect]
        do {
            effects = try Interview.reduce(&state, event)
        } catch {
            renderer.say(renderer.style.warning("(\(error))"))
            return
        }
        for effect in effects { try perform(effect) }
    }

    private func perform(_ effect: InterviewEffect) throws(FileError) {
        switch effect {
        case .record(let record):
            do {
                try transcript.append(record)
            } catch {
                if case .answer(let answer) = record {
                    // Never lose an answer: if it cannot be saved, show it so it can be copied.
                    renderer.error("\(error). Your answer was not saved; here it is:\n\(answer.text)")
                } else {
                    renderer.error("\(error). The interview stops here; what was saved before is in \(transcript.path).")
                }
                throw error
            }
        case .ask(let asked):
            if announcedRound != state.roundIndex, let round = state.currentRound {
                announcedRound = state.roundIndex
                renderer.roundStart(round)
            }
            renderer.ask(asked)
            if state.config.isInterviewer { renderer.strongAnswer(asked, level: state.config.level) }
            if !asked.isRepeat { startAnswerClock() }
        case .probe(let probe):
            lastProbe = probe
            if state.config.isInterviewer { renderer.chosenProbe(probe) } else { renderer.probe(probe) }
            startAnswerClock()
        case .suggest(let probes):
            renderer.suggestions(probes)
        case .showScoreCard(let outcome):
            renderer.scoreCard(outcome, number: state.questionIndex + 1, total: state.currentRound?.questions.count ?? 0)
        case .showDebrief(let debrief):
            renderer.debrief(debrief)
        case .showLoopDebrief(let loop):
            renderer.loopDebrief(loop)
        case .pause(let next):
            renderer.say()
            if input.isInteractive {
                renderer.say(renderer.style.dim("Take a breath. The \(next.title) round is next."))
            }
        case .finish(let status):
            finishedStatus = status
            if status == .completed, let baseline = comparisonBaseline {
                renderer.comparison(AttemptComparison(previous: baseline, current: state.outcomes.flatMap { $0 }))
            }
            renderer.finish(status: status, path: transcript.path)
        }
    }
}
