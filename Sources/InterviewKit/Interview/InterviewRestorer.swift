/// Why a saved interview cannot be continued.
public enum RestoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The transcript records a completed interview.
    case alreadyFinished(EndStatus)
    /// The header has no settings (written before they were recorded).
    case noSettings
    /// The bank or the engine no longer gives what the transcript recorded at this line.
    case mismatch(line: Int, expected: String, found: String)
    /// The questions cannot be planned from today's bank.
    case plan(PlanError)
    /// A mock run by an interviewer: its choices between suggestions are not replayed.
    case interviewerMock

    public var description: String {
        switch self {
        case .alreadyFinished(let status):
            "this interview already ended (\(status.rawValue)); start it again with `barraiser practice --from FILE`"
        case .noSettings:
            "this transcript does not record its settings, so it cannot be resumed; use `barraiser practice --from FILE`"
        case .mismatch(let line, let expected, let found):
            "line \(line) records \(found), but today's bank and engine give \(expected); use `barraiser practice --from FILE` to answer the same questions again"
        case .plan(let error):
            "\(error)"
        case .interviewerMock:
            "this is a mock run with `barraiser interviewer`, which cannot be resumed; start a new one, or practise the same questions alone with `barraiser practice --from FILE`"
        }
    }
}

/// An interrupted interview, ready to continue.
public struct RestoredInterview: Equatable, Sendable {
    public var state: InterviewState
    /// Records the reducer produced after the file's last record that never reached the file (the
    /// program stopped between two writes); they are written first on resuming.
    public var unwritten: [TranscriptRecord]
}

/// Rebuilds an interrupted interview's state by feeding its recorded events through the reducer,
/// checking at every question and follow-up that the reducer arrives where the file says.
public enum InterviewRestorer {
    public static func restore(_ records: [TranscriptRecord], bank: QuestionBank) throws(RestoreError) -> RestoredInterview {
        guard case .header(let header) = records.first, let config = header.config else { throw .noSettings }
        if header.resolvedMode == .interviewer || config.isInterviewer { throw .interviewerMock }
        let plan: [PlannedRound]
        do { plan = try InterviewPlanner.plan(config, bank: bank) } catch { throw .plan(error) }
        var state = InterviewState(config: config, plan: plan)
        var expectedRecords: [TranscriptRecord] = []
        func apply(_ event: InterviewEvent) throws {
            expectedRecords += try Interview.reduce(&state, event).compactMap { if case .record(let record) = $0 { record } else { nil } }
        }
        do {
            try apply(.started(at: header.startedAt, toolVersion: header.toolVersion))
            for (offset, record) in records.enumerated() {
                let line = offset + 1
                switch record {
                case .header, .loopDebrief:
                    break
                case .question(let question):
                    if state.phase == .paused { try apply(.pauseEnded) }
                    let expected = "\(state.currentQuestion?.id ?? "no question")\(state.currentPart.map { " part \($0.id)" } ?? "")"
                    let found = "\(question.questionID)\(question.part.map { " part \($0)" } ?? "")"
                    guard expected == found else { throw RestoreError.mismatch(line: line, expected: "question \(expected)", found: "question \(found)") }
                case .answer(let answer):
                    try apply(.answerSubmitted(text: answer.text, seconds: answer.seconds))
                case .probe(let probe):
                    guard let pending = state.pendingProbe, pending.target == probe.target else {
                        throw RestoreError.mismatch(line: line, expected: "follow-up \(state.pendingProbe?.target.id ?? "none")", found: "follow-up \(probe.target.id)")
                    }
                case .skip:
                    try apply(.questionSkipped)
                case .debrief:
                    // A debrief while questions remain means the round was ended early.
                    if state.phase == .answering { try apply(.roundEndedEarly) }
                case .end(let end):
                    // Leaving with /quit or Ctrl-D saves a place to come back to; only a completed
                    // interview is over.
                    if end.status == .completed { throw RestoreError.alreadyFinished(end.status) }
                }
                // The file holds this record: it and whatever the reducer produced before it are written.
                if let index = expectedRecords.firstIndex(where: { sameKind($0, record) }) { expectedRecords.removeSubrange(...index) }
            }
        } catch let error as RestoreError {
            throw error
        } catch {
            throw .mismatch(line: records.count, expected: "an interview in progress", found: "\(error)")
        }
        if case .finished(.completed) = state.phase { throw .alreadyFinished(.completed) }
        return RestoredInterview(state: state, unwritten: expectedRecords)
    }

    static func sameKind(_ a: TranscriptRecord, _ b: TranscriptRecord) -> Bool {
        switch (a, b) {
        case (.header, .header), (.question, .question), (.answer, .answer), (.probe, .probe), (.skip, .skip),
             (.debrief, .debrief), (.loopDebrief, .loopDebrief), (.end, .end): true
        default: false
        }
    }
}
