import Foundation

/// 数值 (a number as written): its exact value, where it stands, and how it was written.
package struct NumberReading: Sendable {
    /// How the digits were written.
    package enum Form: Hashable, Sendable {
        /// Arabic digits, possibly full-width, with `,` separators or a decimal point (`1,200.5`).
        case arabic
        /// Chinese numerals with place words (`二十五`, `三千万`, `十`).
        case chinese
        /// Chinese digits read one by one (`二〇二三`).
        case chineseDigits
        /// Only place words, read as one of them (`百亿` is 1e10, `亿` is 1e8).
        case magnitudeOnly
    }

    /// Significand of the value: `value` is `significand` × 10^`exponent`.
    package var significand: UInt64
    /// Power of ten of the value.
    package var exponent: Int
    /// Significand and power of ten of the upper end of a range such as `5-10`, if one was written.
    package var upperParts: (significand: UInt64, exponent: Int)?

    /// The value (lower end of a range), exact.
    package var value: Decimal { Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand)) }
    /// The upper end of a range such as `5-10`, if one was written.
    package var upper: Decimal? {
        upperParts.map { Decimal(sign: .plus, exponent: $0.exponent, significand: Decimal($0.significand)) }
    }
    /// Clean indices of the whole number, range included.
    package var range: Range<Int>
    /// How the first number was written.
    package var form: Form
    /// True when digits had to be dropped: `value` is then a bound.
    package var overflow: Bool
    /// The value as a small integer when it is a plain integer without place words (years, months, days).
    package var plainInteger: Int?
    /// Number of digits written for a plain integer (`2023` has 4, `二〇二三` has 4).
    package var digitCount: Int
    /// True when a place word (十百千万亿) was written after or inside the number.
    package var hasPlaceWord: Bool
    /// True when a Chinese digit (一 … 九, 两) was written.
    package var hasChineseDigit: Bool
    /// True when the written number ends in 亿 (`百亿`, `5000亿`), for `百亿级`.
    package var endsInYi: Bool
    /// The upper end as a small plain integer, for year ranges (`2021-2023`).
    package var upperPlainInteger: Int?
    /// Number of digits written for the upper end.
    package var upperDigitCount = 0
    /// Clean indices of 余/多 written between the number and a place word (`1000余万`), if any.
    package var approxWord: Range<Int>?

    /// Creates a reading.
    package init(significand: UInt64, exponent: Int, range: Range<Int>, form: Form, overflow: Bool = false,
                plainInteger: Int? = nil, digitCount: Int = 0, hasPlaceWord: Bool = false,
                hasChineseDigit: Bool = false, endsInYi: Bool = false, approxWord: Range<Int>? = nil) {
        self.significand = significand
        self.exponent = exponent
        self.range = range
        self.form = form
        self.overflow = overflow
        self.plainInteger = plainInteger
        self.digitCount = digitCount
        self.hasPlaceWord = hasPlaceWord
        self.hasChineseDigit = hasChineseDigit
        self.endsInYi = endsInYi
        self.approxWord = approxWord
    }

    /// True for a range such as `5-10`.
    package var isRange: Bool { upperParts != nil }

    /// Compares readings by value (the lower ends) without building decimals where the exponents agree.
    static func value(_ a: (significand: UInt64, exponent: Int), isAtLeast b: (significand: UInt64, exponent: Int)) -> Bool {
        if a.exponent == b.exponent { return a.significand >= b.significand }
        return Decimal(sign: .plus, exponent: a.exponent, significand: Decimal(a.significand))
            >= Decimal(sign: .plus, exponent: b.exponent, significand: Decimal(b.significand))
    }

}
