/// Two names as one dictionary key, hashed and compared by their UTF-8 bytes.
///
/// `String`'s own hashing brings each Chinese name to its normal form (NFC) first, which costs
/// about 2,000 instructions a lookup; the assembler looks names up at every mention. Byte
/// equality is stricter than `String`'s canonical equivalence, so two spellings of one name
/// are two keys: a cache keyed by it may miss, never answer wrongly.
struct NamePair: Hashable {
    let first: String
    let second: String

    init(_ first: String, _ second: String) {
        self.first = first
        self.second = second
    }

    static func == (a: NamePair, b: NamePair) -> Bool {
        a.first.utf8.elementsEqual(b.first.utf8) && a.second.utf8.elementsEqual(b.second.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var a = first, b = second
        a.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)   // never a byte of UTF-8: separates the two
        b.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
