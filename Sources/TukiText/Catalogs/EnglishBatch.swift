// English, batch runs (`tuki batch`): the reader is policy staff comparing many scenarios.
extension MessageCatalog {
    static let englishBatch: [String: String] = [
        "error.column_count": "The row has {found, plural, one {# column} other {# columns}}; the header has {expected}.",
        "error.flag_with_values": "The column {flag} says no, but values that belong to it are given. Leave it empty or write true.",
        "error.csv_not_utf8": "The file is not UTF-8 text: this line has the byte {byte}, which UTF-8 does not allow (letters such as ä and ö saved in another encoding). Save the file in Excel as “CSV UTF-8”.",
        "error.csv_utf16": "The file is UTF-16 text, not UTF-8. Save the file in Excel as “CSV UTF-8”.",
        "error.csv_decimal_point": "“{found}” has a point. In a file separated by semicolons, write decimals with a comma (12,40) and no thousands separator (1250).",
        "error.csv_null_cell": "The cell says {found}. Leave it empty for the default, or give a value.",
        "error.csv_unnamed_column": "Column {column} has no name in the header, but this row has “{found}” in it. Name the column or empty the cell.",
        "batch.counts": "Ran {ran}, failed {failed}, skipped {skipped}.",
        "batch.overlay_unread": "Note: the overlay changes only values the rows' figures do not use ({parameters}), so every row stays unchanged. The employer's subsidy terms show in tuki subsidy.",
        "batch.passed": "{count, plural, one {The expected figures matched in the one scenario that gives them.} other {The expected figures matched in all # scenarios that give them.}}",
        "batch.net_unknown": "{count, plural, one {In one of them} other {In # of them}} the net income cannot be worked out, as the rules lack a figure (status incomplete; the warnings say which): its net cells are empty, not zero.",
        "batch.mismatches": "{count, plural, one {# expected figure} other {# expected figures}} in {scenarios, plural, one {# scenario} other {# scenarios}} did not match.",
        "batch.reform.heading": "Reform {overlay} compared with the current rules: average net income a month with the job.",
        "batch.reform.counts": "Gain: {gain}. Lose: {lose}. Unchanged: {unchanged}. Not comparable (net income unknown): {unknown}.",
        "batch.reform.gain": "{count, plural, one {# person gains} other {# people gain}} on average {average} a month, at most {largest}.",
        "batch.reform.loss": "{count, plural, one {# person loses} other {# people lose}} on average {average} a month, at most {largest}.",
        "batch.reform.bands": "Change a month:",
        "batch.band.below": "  {upper} or less: {count}",
        "batch.band.between": "  {lower} to {upper}: {count}",
        "batch.band.zero": "  no change: {count}",
        "batch.band.above": "  {lower} or more: {count}",
        "batch.progress": "{done}/{total} scenarios, {rate} a second, about {seconds} s left",
    ]
}
