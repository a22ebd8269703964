import Foundation
import Testing

/// `barraiser probe`: the engine without the REPL, for scripts and for chaining probes by hand.
@Suite struct ProbeCommandTests {
    func probe(_ arguments: [String], answer: String, in sandbox: Sandbox) throws -> [String: Any] {
        let result = try runBarraiser(["probe", "--json"] + arguments, stdin: answer, in: sandbox)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("--json follows the contract: probe, gaps, signals, rating, score")
    func jsonContract() throws {
        let sandbox = Sandbox()
        let object = try probe(["--question", "Tell me about a time you disagreed with your manager"],
                               answer: "Last year my manager wanted to launch early. We worked really hard and significantly improved retention.", in: sandbox)
        let probe = try #require(object["probe"] as? [String: Any])
        #expect(Set(probe.keys) == ["text", "target", "principle", "reason", "quote"])
        #expect(probe["target"] as? String == "ownership" || probe["target"] as? String == "metrics")
        #expect(probe["principle"] as? String == "have-backbone-disagree-and-commit", "inferred from the question's wording")
        #expect((probe["reason"] as? String)?.isEmpty == false)
        let gaps = try #require(object["gaps"] as? [String])
        #expect(gaps.first == probe["target"] as? String)
        let signals = try #require(object["signals"] as? [String: [[String: Any]]])
        #expect(signals["hedge"]?.first?["text"] as? String != nil)
        let rating = try #require(object["rating"] as? String)
        #expect(["strong-hire", "inclined", "not-inclined", "strong-no-hire", "insufficient-evidence"].contains(rating))
        if rating == "insufficient-evidence" { #expect(object["score"] is NSNull) } else { #expect((1...4).contains(object["score"] as? Int ?? 0)) }
    }

    @Test("too little to judge is insufficient-evidence with a null score")
    func insufficientEvidence() throws {
        let object = try probe(["--question", "Tell me about a time you delivered results."], answer: "Not sure.", in: Sandbox())
        #expect(object["rating"] as? String == "insufficient-evidence")
        #expect(object["score"] is NSNull)
    }

    @Test("plain output is the probe's text, quoting the candidate")
    func plainOutput() throws {
        let result = try runBarraiser(["probe", "--question-id", "co-unhappy-customer"],
                                      stdin: "Last year I owned the returns page at my company. I rewrote it myself and complaints went down a lot.", in: Sandbox())
        #expect(result.status == 0)
        #expect(result.stdout.contains("complaints went down a lot"))
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test("--history chains on a transcript: the reply that gives the number closes metrics")
    func historyChains() throws {
        let sandbox = Sandbox()
        let practice = try runBarraiser(["practice", "--seed", "3", "--questions", "1", "--transcripts", sandbox.transcripts],
                                        stdin: "When I was at my last job our checkout conversion was falling. I rewrote the address step myself and conversion went up a lot.\n\n", in: sandbox)
        #expect(practice.status == 0)
        let transcript = try sandbox.onlyTranscript()
        #expect(transcript.records(ofType: "probe").last?["target"] as? String == "metrics")
        let object = try probe(["--history", transcript.path], answer: "It went from 2.1% to 2.9% over the quarter.", in: sandbox)
        let gaps = try #require(object["gaps"] as? [String])
        #expect(!gaps.contains("metrics"))
        #expect((object["probe"] as? [String: Any])?["target"] as? String != "metrics")
    }

    @Test("a negative --depth is refused before anything runs")
    func negativeDepth() throws {
        let result = try runBarraiser(["probe", "--depth=-1", "--question", "Tell me about a launch."], stdin: "We launched it.", in: Sandbox())
        #expect(result.status == 64)
        #expect(result.stderr.contains("--depth must be 0 or more"))
        #expect(result.stdout.isEmpty)
    }

    @Test("an unknown question id is a clear error")
    func unknownQuestion() throws {
        let result = try runBarraiser(["probe", "--question-id", "no-such-question"], stdin: "x", in: Sandbox())
        #expect(result.status != 0)
        #expect(result.stderr.contains("no question with id `no-such-question`"))
    }
}
