import Foundation

/// The entries of a batch's inputs (scenario files, folders of them, scenario CSVs) in order, read lazily:
/// a CSV is read a row at a time, so memory does not grow with its length.
public struct BatchInputs: IteratorProtocol {
    private enum Pending { case path(String), notScenario(String) }
    private var pending: [Pending]
    private var csv: (records: CSVRecords, reader: ScenarioCSV)?

    public init(paths: [String]) { pending = paths.reversed().map(Pending.path) }

    static let scenarioExtensions: Set<String> = ["yaml", "yml", "json"]

    public mutating func next() -> BatchItem? {
        while true {
            if var current = csv {
                let record = current.records.next()
                csv = current
                if let record {
                    return current.reader.isBlank(record) ? .skipped(source: "\(current.reader.file):\(record.line)")
                        : .row(current.reader, record)
                }
                csv = nil
            }
            guard let entry = pending.popLast() else { return nil }
            guard case let .path(path) = entry else {
                if case let .notScenario(path) = entry { return .skipped(source: path) }
                continue
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                pending.append(contentsOf: Self.files(in: path).reversed())
                continue
            }
            let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
            if fileExtension == "csv" {
                if let item = openCSV(path) { return item }
                continue
            }
            return .file(path)
        }
    }

    /// Opens a CSV and reads its header; a missing file, text that is not UTF-8 or a bad header is the file's one
    /// failed entry. The encoding is checked over the whole file first, so none of its rows runs with garbled text.
    private mutating func openCSV(_ path: String) -> BatchItem? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .unreadable(InputError(file: path, line: nil, field: nil, InputMessages.fileMissing))
        }
        if let problem = CSVEncodingCheck.problem(atPath: path) { return .unreadable(problem) }
        var records = CSVRecords(file: handle)
        guard let header = records.next() else { return .skipped(source: path) }
        do throws(InputError) {
            csv = (records, try ScenarioCSV(header: header, file: path, decimalComma: records.usesDecimalComma))
            return nil
        } catch {
            return .unreadable(error)
        }
    }

    /// A folder's entries, sorted and recursive; files that are not scenarios are listed so they count as skipped.
    private static func files(in folder: String) -> [Pending] {
        let base = URL(fileURLWithPath: folder)
        let relative = (FileManager.default.subpaths(atPath: folder) ?? []).sorted()
        return relative.compactMap { path -> Pending? in
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { return nil }
            var isFolder: ObjCBool = false
            let full = base.appendingPathComponent(path).path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
            let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
            let display = folder.hasSuffix("/") ? folder + path : folder + "/" + path
            return scenarioExtensions.contains(fileExtension) || fileExtension == "csv" ? .path(display) : .notScenario(display)
        }
    }
}
