/// The workplace adaptation subsidy: its terms and what each month pays.
public enum AdaptationSubsidyMessages {
    public static let terms = MessageKind("adaptation.terms", ["cap", "hourly", "maxHours", "maxMonths"])
    public static let equipment = MessageKind("adaptation.equipment", ["cost", "cap", "amount"])
    public static let coworkerHelp = MessageKind("adaptation.coworker_help", ["hours", "paidHours", "hourly", "amount"])
    public static let coworkerHelpEnded = MessageKind("adaptation.coworker_help_ended", ["months"])
    public static let notEligible = MessageKind("adaptation.not_eligible")

    public static let all = [terms, equipment, coworkerHelp, coworkerHelpEnded, notEligible]
}
