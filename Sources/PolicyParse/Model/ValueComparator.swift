/// How a stated value relates to the real one (比较词), e.g. 超过 is `gt`, 不低于 is `gte`.
public enum ValueComparator: String, Sendable, Codable, CaseIterable {
    /// Greater than: 超过, 突破, 逾, 高于.
    case gt
    /// Greater than or equal: 不低于, 不少于, 以上, 达到, 至少.
    case gte
    /// Less than: 低于, 少于, 不足.
    case lt
    /// Less than or equal: 不超过, 以内, 以下, 不高于.
    case lte
    /// Approximately: 约, 近, 左右, 余, 多.
    case approx
}
