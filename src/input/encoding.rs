//! Bytes → text: UTF-8 (with or without a BOM), UTF-16 with a BOM, and
//! Windows-1252 for old files that are not valid UTF-8, saying which.

/// Text decoded from a file, with a note when it was not plain UTF-8.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub note: Option<&'static str>,
}

/// Windows-1252's printable characters in 0x80..=0x9F (the rest of the
/// range maps to the same code points as Latin-1).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn utf16(bytes: &[u8], little_endian: bool) -> String {
    let units = bytes.chunks_exact(2).map(|pair| {
        if little_endian {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        }
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Decodes a text file. Never fails: what is not UTF-8 or UTF-16 is read
/// as Windows-1252, the usual encoding of older Western documents.
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return decode_utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        return Decoded {
            text: utf16(rest, true),
            note: Some("The file was read as UTF-16 text."),
        };
    }
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        return Decoded {
            text: utf16(rest, false),
            note: Some("The file was read as UTF-16 text."),
        };
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: &[u8]) -> Decoded {
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_string(),
            note: None,
        },
        Err(_) => Decoded {
            text: windows_1252(bytes),
            note: Some(
                "The file is not valid UTF-8; it was read as Windows-1252 (Western European). \
                 If some letters look wrong, save it as UTF-8 and open it again.",
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_encoding_a_record_comes_in() {
        assert_eq!(decode(b"\xef\xbb\xbfMinutes").text, "Minutes");
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Réunion".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le).text, "Réunion");
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain("Réunion".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).text, "Réunion");
        let old = decode(b"Caf\xe9 \x93quoted\x94 \x80");
        assert_eq!(old.text, "Café “quoted” €");
        assert!(old.note.is_some_and(|n| n.contains("Windows-1252")));
    }
}
