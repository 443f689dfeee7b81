/// How an exact quotient becomes a whole number of the unit being rounded to.
public enum Rounding: String, Sendable, Hashable, Codable {
    /// Half away from zero: the default for money unless a rule says otherwise.
    case halfUp
    /// Half to even (banker's rounding).
    case halfEven
    /// Towards zero: for rules that drop fractions ("täysiltä euroilta").
    case down
    /// Away from zero.
    case up

    /// `numerator / denominator` rounded to an integer. The denominator must be positive.
    func divide(_ numerator: Int128, by denominator: Int128) -> Int128 {
        precondition(denominator > 0, "division by a non-positive denominator")
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        if remainder == 0 { return quotient }
        let awayFromZero: Int128 = numerator < 0 ? quotient - 1 : quotient + 1
        let twiceRemainder = remainder.magnitude * 2
        switch self {
        case .down: return quotient
        case .up: return awayFromZero
        case .halfUp: return twiceRemainder >= denominator.magnitude ? awayFromZero : quotient
        case .halfEven:
            if twiceRemainder > denominator.magnitude { return awayFromZero }
            if twiceRemainder < denominator.magnitude { return quotient }
            return quotient % 2 == 0 ? quotient : awayFromZero
        }
    }
}
