import Foundation

/// Loads and validates a Rules/ folder and overlay files.
public enum RuleLoader {
    /// Reads every `*.yaml` below `directory`; `ruleset.yaml` at its top names the version.
    /// All problems found are reported together.
    public static func load(directory: String) throws(InputErrors) -> RuleSet {
        let root = URL(fileURLWithPath: directory)
        let relativePaths = yamlFiles(below: root)
        var errors: [InputError] = []
        var contents: [(path: String, content: Data)] = []
        var files: [RuleFile] = []
        var header: RuleSetHeader?
        let displayRoot = directory.hasSuffix("/") ? String(directory.dropLast()) : directory

        for relative in relativePaths {
            let displayPath = "\(displayRoot)/\(relative)"
            let text: String
            let data: Data
            do throws(InputError) {
                (text, data) = try readText(atPath: root.appendingPathComponent(relative).path, displayPath: displayPath)
            } catch {
                errors.append(error)
                continue
            }
            contents.append((relative, data))
            if relative == "ruleset.yaml" {
                do throws(InputError) { header = try RuleSetHeader.parse(text, file: displayPath) } catch { errors.append(error) }
                continue
            }
            let (file, fileErrors) = RuleFileParser(path: displayPath, base: nil).parse(text)
            errors += fileErrors
            if let file { files.append(file) }
        }
        if header == nil && !errors.contains(where: { $0.file.hasSuffix("/ruleset.yaml") }) {
            errors.append(InputError(file: "\(displayRoot)/ruleset.yaml", line: nil, field: nil, InputMessages.ruleSetMissing))
        }

        var parameters: [ParameterID: Parameter] = [:]
        var namespaces: [RuleSet.Namespace] = []
        for file in files {
            if let title = file.title { namespaces.append(.init(name: file.namespace, file: file.path, title: title)) }
            for parameter in file.parameters {
                if let existing = parameters[parameter.id] {
                    errors.append(InputError(file: parameter.file, line: parameter.line, field: parameter.id.rawValue,
                                             InputMessages.duplicateParameter,
                                             ["parameter": .text(parameter.id.rawValue), "otherFile": .text(existing.file)]))
                    continue
                }
                parameters[parameter.id] = parameter
            }
        }
        guard errors.isEmpty, let header else { throw InputErrors(errors) }
        return RuleSet(name: header.name, version: header.version, changelog: header.changelog,
                       namespaces: namespaces.sorted { $0.name < $1.name }, parameters: parameters,
                       digest: RuleDigest.of(files: contents), overlays: [])
    }

    /// Reads an overlay file for `base`: the same shape as a rule file, labels, type and unit optional.
    public static func loadOverlay(path: String, for base: RuleSet) throws(InputErrors) -> Overlay {
        let text: String
        do throws(InputError) {
            text = try readText(atPath: path, displayPath: path).text
        } catch {
            throw InputErrors([error])
        }
        let (file, errors) = RuleFileParser(path: path, base: base).parse(text)
        guard errors.isEmpty, let file else { throw InputErrors(errors) }
        return Overlay(file: path, parameters: file.parameters, content: text)
    }

    /// The largest scenario or rule file read: thousands of times any real one, and far from what a 1 GB file took
    /// (18 s and 2 GB of memory before its first error). Many scenarios go in a folder or a CSV, read one at a time.
    static let largestFileBytes = 16 * 1024 * 1024

    /// A file's UTF-8 text, or an error saying it is a folder, too large, missing or not text.
    public static func readText(atPath path: String, displayPath: String) throws(InputError) -> (text: String, data: Data) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw InputError(file: displayPath, line: nil, field: nil, InputMessages.fileIsFolder)
        }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if let size = (try? FileManager.default.attributesOfItem(atPath: target))?[.size] as? Int, size > largestFileBytes {
            throw InputError(file: displayPath, line: nil, field: nil, InputMessages.fileTooLarge, ["limit": .count(largestFileBytes / 1024 / 1024)])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: displayPath, line: nil, field: nil, InputMessages.fileMissing)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: displayPath, line: nil, field: nil, InputMessages.fileNotText)
        }
        return (text, data)
    }

    /// Relative paths of the YAML files below `root`, sorted, so loading order never depends on the file system.
    static func yamlFiles(below root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") { paths.append(relative) }
        }
        return paths.sorted()
    }
}

/// `ruleset.yaml`: the name, version and changelog of the rules.
struct RuleSetHeader {
    let name: String
    let version: String
    let changelog: [RuleSet.ChangelogEntry]

    static func parse(_ text: String, file: String) throws(InputError) -> RuleSetHeader {
        let root = try YAMLDocument.parse(text, file: file)
        let fields = try root.fields(allowed: ["name", "version", "changelog"], required: ["name", "version", "changelog"])
        var changelog: [RuleSet.ChangelogEntry] = []
        for entry in try fields.required("changelog").sequence() {
            let entryFields = try entry.fields(allowed: ["version", "date", "changes"], required: ["version", "date", "changes"])
            changelog.append(.init(version: try entryFields.required("version").string(),
                                   date: try entryFields.required("date").day(),
                                   changes: try entryFields.required("changes").string()))
        }
        return RuleSetHeader(name: try fields.required("name").string(), version: try fields.required("version").string(),
                             changelog: changelog)
    }
}
