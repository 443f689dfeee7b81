/// Messages for problems in rule and scenario files.
public enum InputMessages {
    public static let yamlSyntax = MessageKind("error.yaml_syntax", ["problem"])
    /// Text written as JSON that is not: where (`column` counts characters from 1) and what was expected there.
    public static let jsonSyntax = MessageKind("error.json_syntax", ["column", "expected"])
    public static let yamlTab = MessageKind("error.yaml_tab")
    public static let emptyFile = MessageKind("error.empty_file")
    public static let fileMissing = MessageKind("error.file_missing")
    public static let fileNotText = MessageKind("error.file_not_text")
    public static let fileIsFolder = MessageKind("error.file_is_folder")
    public static let fileTooLarge = MessageKind("error.file_too_large", ["limit"])
    public static let folderMissing = MessageKind("error.folder_missing", ["folder"])
    public static let notWritable = MessageKind("error.not_writable")
    public static let duplicateKey = MessageKind("error.duplicate_key", ["key"])
    /// A weekday named twice in a work pattern.
    public static let duplicateWeekday = MessageKind("error.duplicate_weekday", ["weekday"])
    public static let unknownKey = MessageKind("error.unknown_key", ["key", "allowed"])
    public static let unknownChoice = MessageKind("error.unknown_choice", ["found", "allowed"])
    public static let missingField = MessageKind("error.missing_field", ["key"])
    public static let emptyValue = MessageKind("error.empty_value", ["key"])
    public static let expected = MessageKind("error.expected", ["expected", "found"])
    public static let outOfRange = MessageKind("error.out_of_range", ["found", "minimum", "maximum"])
    /// A number beyond what exact arithmetic is kept for, either way.
    public static let tooLarge = MessageKind("error.too_large", ["found", "maximum"])
    public static let tooSmall = MessageKind("error.too_small", ["found", "minimum"])
    /// A number written with a decimal comma, a unit, or more decimals than it may have.
    public static let decimalComma = MessageKind("error.decimal_comma", ["found", "suggested"])
    public static let unitInNumber = MessageKind("error.unit_in_number", ["found", "suggested"])
    public static let tooManyDecimals = MessageKind("error.too_many_decimals", ["found", "decimals"])
    public static let negative = MessageKind("error.negative", ["found"])
    public static let unsortedDates = MessageKind("error.unsorted_dates", ["date", "previous"])
    public static let wrongUnit = MessageKind("error.wrong_unit", ["unit", "type", "allowed"])
    public static let scaleNotRising = MessageKind("error.scale_not_rising", ["from", "previous"])
    public static let scaleMustStartAtZero = MessageKind("error.scale_start", ["from"])
    public static let tableKeys = MessageKind("error.table_keys", ["keys", "depth"])
    public static let sourceEmpty = MessageKind("error.source_empty")
    public static let noValues = MessageKind("error.no_values")
    public static let duplicateParameter = MessageKind("error.duplicate_parameter", ["parameter", "otherFile"])
    public static let unknownParameter = MessageKind("error.unknown_parameter", ["parameter"])
    public static let overlayChangesShape = MessageKind("error.overlay_shape", ["parameter", "property"])
    public static let noValueAtDate = MessageKind("error.no_value_at_date", ["parameter", "date"])
    public static let notInForce = MessageKind("error.not_in_force", ["parameter", "date"])
    public static let valueUnknown = MessageKind("error.value_unknown", ["parameter", "date"])
    public static let ruleSetMissing = MessageKind("error.ruleset_missing")
    public static let endBeforeStart = MessageKind("error.end_before_start", ["start", "end"])
    public static let unknownExpectation = MessageKind("error.unknown_expectation", ["key", "allowed"])
    public static let monthsPastCalendar = MessageKind("error.months_past_calendar", ["last", "maximum"])
    public static let monthOutsideSimulation = MessageKind("error.month_outside_simulation", ["month", "first", "last"])
    public static let monthOutsideJob = MessageKind("error.month_outside_job", ["month", "first", "last"])
    /// Two fields that say opposite things.
    public static let contradicts = MessageKind("error.contradicts", ["first", "second"])
    /// An earlier wage subsidy said to end after the job it is weighed against begins.
    public static let earlierSubsidyAfterStart = MessageKind("error.earlier_subsidy_after_start", ["ended", "start"])
    public static let guaranteeWithoutPension = MessageKind("error.guarantee_without_pension")
    public static let allowanceWithoutLevel = MessageKind("error.allowance_without_level")
    public static let partnerWithoutPartner = MessageKind("error.partner_without_partner")
    public static let chooseOne = MessageKind("error.choose_one", ["options"])
    public static let weekdaysCount = MessageKind("error.weekdays_count", ["daysPerWeek", "weekdays"])
    public static let calculatorReadsUnknown = MessageKind("error.calculator_reads_unknown", ["calculator", "parameter"])
    public static let columnCount = MessageKind("error.column_count", ["expected", "found"])
    public static let flagWithValues = MessageKind("error.flag_with_values", ["flag"])
    /// A CSV with a byte that is not UTF-8 (Excel's "CSV" saves ä and ö in Windows-1252), at the byte's line.
    public static let csvNotUTF8 = MessageKind("error.csv_not_utf8", ["byte"])
    /// A CSV in UTF-16 (Excel's "Unicode text").
    public static let csvUTF16 = MessageKind("error.csv_utf16")
    /// A point in a number of a CSV whose separator is a semicolon, where the decimal mark is a comma.
    public static let csvDecimalPoint = MessageKind("error.csv_decimal_point", ["found"])
    /// A CSV cell that says NULL or ~, which a scenario file would read as the default.
    public static let csvNullCell = MessageKind("error.csv_null_cell", ["found"])
    /// A value in a CSV column whose header cell is empty (`column` counts from 1).
    public static let csvUnnamedColumn = MessageKind("error.csv_unnamed_column", ["column", "found"])

    public static let all: [MessageKind] = [
        yamlSyntax, jsonSyntax, yamlTab, emptyFile, fileMissing, fileNotText, fileIsFolder, fileTooLarge, folderMissing, notWritable, duplicateKey, duplicateWeekday, unknownKey, unknownChoice, missingField, emptyValue, expected, outOfRange, tooLarge, tooSmall, decimalComma, unitInNumber, tooManyDecimals, negative,
        unsortedDates, wrongUnit, scaleNotRising, scaleMustStartAtZero, tableKeys, sourceEmpty, noValues,
        duplicateParameter, unknownParameter, overlayChangesShape, noValueAtDate, notInForce, valueUnknown,
        ruleSetMissing, endBeforeStart, unknownExpectation, monthsPastCalendar, monthOutsideSimulation, monthOutsideJob, earlierSubsidyAfterStart, contradicts, guaranteeWithoutPension, allowanceWithoutLevel, partnerWithoutPartner, chooseOne,
        weekdaysCount, calculatorReadsUnknown, columnCount, flagWithValues,
        csvNotUTF8, csvUTF16, csvDecimalPoint, csvNullCell, csvUnnamedColumn,
    ]
}

/// Names of kinds of value, used in "expected X, found Y" messages.
public enum ValueTerm: String, Sendable, CaseIterable {
    case mapping, list, text, amount, rate, hours, wholeNumber, yesNo, month, date, decimal
    public var key: String { "term.\(rawValue)" }
}
