import TukiEngine

/// The batch run's own sentences: counts, the reform summary and progress.
public enum BatchMessages {
    public static let counts = MessageKind("batch.counts", ["ran", "failed", "skipped"])
    public static let passed = MessageKind("batch.passed", ["count"])
    public static let netUnknown = MessageKind("batch.net_unknown", ["count"])
    public static let mismatches = MessageKind("batch.mismatches", ["count", "scenarios"])
    public static let reformHeading = MessageKind("batch.reform.heading", ["overlay"])
    public static let reformCounts = MessageKind("batch.reform.counts", ["gain", "lose", "unchanged", "unknown"])
    public static let reformGain = MessageKind("batch.reform.gain", ["count", "average", "largest"])
    public static let reformLoss = MessageKind("batch.reform.loss", ["count", "average", "largest"])
    public static let reformBands = MessageKind("batch.reform.bands")
    public static let bandBelow = MessageKind("batch.band.below", ["upper", "count"])
    public static let bandBetween = MessageKind("batch.band.between", ["lower", "upper", "count"])
    public static let bandZero = MessageKind("batch.band.zero", ["count"])
    public static let bandAbove = MessageKind("batch.band.above", ["lower", "count"])
    public static let progress = MessageKind("batch.progress", ["done", "total", "rate", "seconds"])
    /// The overlay changes no parameter a row's figures read (e.g. only the employer's subsidy terms).
    public static let overlayUnread = MessageKind("batch.overlay_unread", ["parameters"])

    public static let all = [overlayUnread, counts, passed, netUnknown, mismatches, reformHeading, reformCounts, reformGain, reformLoss, reformBands,
                             bandBelow, bandBetween, bandZero, bandAbove, progress]
}
