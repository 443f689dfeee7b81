import ArgumentParser
import Logging
import TukiEngine
import TukiServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API (/v1/…), its OpenAPI document and the coach's page over HTTP."
    )

    @Option(name: .long, help: "Address to listen on (default: loopback only).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on.")
    var port = 8080

    @Option(name: .customLong("max-body-bytes"), help: "Largest request body accepted; larger gets 413.")
    var maxBodyBytes = ServiceLimits().maxBodyBytes

    @Option(name: .customLong("max-batch"), help: "Most scenarios in one POST /v1/batch.")
    var maxBatch = ServiceLimits().maxBatchScenarios

    @Option(name: .customLong("time-limit-ms"), help: "Longest one request may compute before it gets 503, in milliseconds.")
    var timeLimitMilliseconds = 10_000

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        guard maxBodyBytes > 0, maxBatch > 0, timeLimitMilliseconds > 0 else {
            throw ValidationError("--max-body-bytes, --max-batch and --time-limit-ms must be positive.")
        }
    }

    func run() async throws {
        let rules = try ruleOptions.load(output: Output(language: .en))
        let limits = ServiceLimits(maxBodyBytes: maxBodyBytes, maxBatchScenarios: maxBatch,
                                   timeLimit: .milliseconds(timeLimitMilliseconds))
        try await TukiService(rules: rules, limits: limits).run(host: host, port: port, logger: Logger(label: "tuki"))
    }
}
