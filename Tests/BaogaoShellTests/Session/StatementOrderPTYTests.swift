// StatementOrderPTYTests.swift: at the terminal, the results and errors of a
// line's statements come out in the statements' order.
import BaogaoTestSupport
import Testing

@Suite(.timeLimit(.minutes(1))) struct StatementOrderPTYTests {
  @Test func errorsStandBetweenTheResultsAroundThem() throws {
    let shell = try PTY()
    shell.expectPrompt()
    shell.answer(".mode csv")
    shell.send("reports; targets where aera = 1; select id from sections limit 1\r")
    shell.expect("dinghai-2018,2018年")
    shell.expect("error: targets have no field 'aera'")
    shell.expect("id\ndinghai-2018:S1")
    shell.expectPrompt()
    shell.send("\u{04}")
    #expect(shell.waitForExit() == 1)  // a statement failed
  }
}
