import ArgumentParser
import TukiEngine
import TukiText

struct SubsidyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subsidy",
        abstract: "The employer's view of a scenario: wage subsidy and adaptation subsidy, eligibility, amounts and net cost."
    )

    @OptionGroup var options: ScenarioRunOptions

    func validate() throws {
        if options.format == .csv { throw ValidationError("tuki subsidy writes text or json; csv is for simulate and sweep.") }
    }

    func run() throws {
        let (output, scenario, rules) = try options.load()
        guard let result = SubsidyAssessment(rules: rules, pinnedDate: options.asOf?.day).run(scenario) else {
            output.problem("\(options.file): " + output.formatter.format(Statement(SubsidyReportMessages.noEmployer)))
            throw ExitCode(Output.badInput)
        }
        switch options.format {
        case .text: output.result(SubsidyReport(formatter: output.formatter).render(result))
        case .json: output.result(SubsidyJSON(formatter: output.formatter).render(result).serialized(pretty: true))
        case .csv: return
        }
        try output.check(result.mismatches(against: scenario.expectations), file: options.file)
    }
}
