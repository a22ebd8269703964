import Foundation
import Testing

/// `barraiser bank` and `--bank`: question banks read from the user's files.
@Suite struct BankCommandTests {
    static let bank = """
        schemaVersion: 1
        questions:
          - id: my-big-bet
            rounds: [bar-raiser]
            principles: [think-big]
            text: "Tell me about a big bet you argued for."

        """

    @Test("a bank saved with a UTF-8 byte order mark reads as without one")
    func byteOrderMark() throws {
        let sandbox = Sandbox()
        let path = sandbox.root + "/bom.yaml"
        try (Data([0xEF, 0xBB, 0xBF]) + Data(Self.bank.utf8)).write(to: URL(fileURLWithPath: path))
        let validated = try runBarraiser(["bank", "validate", path], stdin: "", in: sandbox)
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.contains("OK, 1 question"))
        let shown = try runBarraiser(["bank", "show", "my-big-bet", "--bank", path], stdin: "", in: sandbox)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Tell me about a big bet you argued for."))
    }
}
