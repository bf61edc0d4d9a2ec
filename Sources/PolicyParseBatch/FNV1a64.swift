import PolicyParse

/// The 64-bit FNV-1a hash: stable across runs, processes and machines (unlike `hashValue`).
public enum FNV1a64 {
    /// The FNV-1a 64 hash of the UTF-8 bytes of `text`.
    public static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
