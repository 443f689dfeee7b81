/// One entry of a batch's input, in input order; read into a scenario by whichever worker runs it.
public enum BatchItem: Sendable {
    /// A scenario file (YAML or JSON).
    case file(String)
    /// A row of a scenario CSV.
    case row(ScenarioCSV, CSVRecords.Record)
    /// A scenario already in memory (generated for benchmarks), with the name it is reported under.
    case scenario(source: String, Scenario)
    /// An input that cannot be read at all (a CSV whose header is wrong).
    case unreadable(InputError)
    /// Not a scenario: a blank CSV row or a file of another kind in a folder.
    case skipped(source: String)

    /// Where a reader finds the entry: the file, or the file and line of a CSV row.
    public var source: String {
        switch self {
        case let .file(path): path
        case let .row(csv, record): "\(csv.file):\(record.line)"
        case let .scenario(source, _), let .skipped(source): source
        case let .unreadable(error): error.location
        }
    }

    /// The name a CSV row gives, readable even when the row itself cannot be read.
    public var declaredName: String? {
        if case let .row(csv, record) = self { return csv.name(record) }
        return nil
    }

    /// The scenario, or every reason it cannot be read; nil for a skipped entry.
    public func load() -> Result<Scenario, InputError>? {
        switch self {
        case let .file(path):
            do throws(InputError) {
                return .success(try ScenarioDecoder.decode(try RuleLoader.readText(atPath: path, displayPath: path).text, file: path))
            } catch { return .failure(error) }
        case let .row(csv, record):
            do throws(InputError) { return .success(try csv.scenario(record)) } catch { return .failure(error) }
        case let .scenario(_, scenario): return .success(scenario)
        case let .unreadable(error): return .failure(error)
        case .skipped: return nil
        }
    }
}
