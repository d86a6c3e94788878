//! Stable item identity: FNV-1a (64 bit) over the item's normalised text.
//!
//! The algorithm is fixed here, not taken from `std` (whose `DefaultHasher`
//! may change between Rust releases), so follow-up state saved in one
//! browser today still finds its item in another browser next year.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over raw bytes.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_from(OFFSET, bytes)
}

/// FNV-1a carried on from `hash` over more bytes: the hash of the bytes
/// hashed so far followed by these.
pub fn fnv1a_from(hash: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(hash, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(PRIME))
}

/// Lower case, letters and digits only, single spaces: what stays the same
/// when a record is re-typed, re-wrapped or re-formatted.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The id of an item with this text: 16 lowercase hex digits. It is the
/// hash of `normalise(text)`, taken as the text is read rather than of a
/// normalised copy.
pub fn item_id(text: &str) -> String {
    let mut hash = OFFSET;
    let mut first = true;
    let mut buf = [0u8; 4];
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !first {
            hash = fnv1a_from(hash, b" ");
        }
        first = false;
        if word.is_ascii() {
            for b in word.bytes() {
                hash = fnv1a_from(hash, &[b.to_ascii_lowercase()]);
            }
            continue;
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            hash = fnv1a_from(hash, c.encode_utf8(&mut buf).as_bytes());
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_matches_the_published_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn ids_hash_the_normalised_text() {
        for text in [
            "**MAG members** can  explore",
            "Évaluer l'ÉTÉ — ß İ",
            "",
            "  ,  ",
        ] {
            assert_eq!(
                item_id(text),
                format!("{:016x}", fnv1a(normalise(text).as_bytes()))
            );
        }
    }

    #[test]
    fn formatting_does_not_change_the_id() {
        assert_eq!(
            item_id("**MAG members** can  explore\nthe site."),
            item_id("MAG Members can explore the site")
        );
    }
}
