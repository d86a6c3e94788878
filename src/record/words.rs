//! Words and sentences of a block's text, with byte offsets, for the rules
//! that look for owners, groups and actions.

/// A word or a punctuation mark of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.text.starts_with(|c: char| c.is_alphanumeric()) || self.is_handle()
    }

    /// A chat or forge handle: `@ana`.
    pub fn is_handle(&self) -> bool {
        self.text.len() > 1
            && self.text.starts_with('@')
            && self.text[1..].starts_with(|c: char| c.is_alphanumeric())
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// Starts with a capital letter ("IGF", "Secretariat").
    pub fn is_capitalised(&self) -> bool {
        self.text.starts_with(|c: char| c.is_uppercase())
    }

    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '+' | '_' | '@')
}

/// Splits text into words (letters, digits, inner hyphens and apostrophes)
/// and single punctuation marks; whitespace is dropped.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut start: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII is read byte by byte; other characters are decoded.
        let b = bytes[i];
        let c = if b < 0x80 {
            char::from(b)
        } else {
            text[i..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER)
        };
        let here = i;
        i += c.len_utf8();
        let i = here;
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start.take() {
            push_word(&mut out, text, s, i);
        }
        if !c.is_whitespace() {
            out.push(Token {
                text: &text[i..i + c.len_utf8()],
                start: i,
                end: i + c.len_utf8(),
            });
        }
    }
    if let Some(s) = start {
        push_word(&mut out, text, s, text.len());
    }
    out
}

fn push_word<'a>(out: &mut Vec<Token<'a>>, text: &'a str, start: usize, end: usize) {
    let word = &text[start..end];
    let edge = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    if edge(word.as_bytes().first()) && edge(word.as_bytes().last()) {
        out.push(Token {
            text: word,
            start,
            end,
        });
        return;
    }
    // Quotes and dashes at the edges belong to the punctuation, not the word.
    let trimmed_start = word.len() - word.trim_start_matches(['-', '\'', '’', '_']).len();
    let inner = word
        .trim_start_matches(['-', '\'', '’', '_'])
        .trim_end_matches(['-', '\'', '’', '_']);
    if !inner.is_empty() {
        let s = start + trimmed_start;
        out.push(Token {
            text: inner,
            start: s,
            end: s + inner.len(),
        });
    }
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: [&str; 18] = [
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "e.g", "i.e", "etc", "vs", "cf", "approx", "dept",
    "ca", "fig", "art", "para",
];

/// Byte ranges of the sentences of `text`.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') && ends_sentence(text, i) {
            let mut end = i + 1;
            // Closing quotes, brackets and bold marks stay with the sentence.
            while end < bytes.len() && matches!(bytes[end], b'"' | b')' | b']' | b'*' | b'\'') {
                end += 1;
            }
            if text[end..].starts_with('”') || text[end..].starts_with('’') {
                end += 3;
            }
            push_sentence(&mut out, text, start, end);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push_sentence(&mut out, text, start, text.len());
    out
}

fn push_sentence(out: &mut Vec<(usize, usize)>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if piece.trim().is_empty() {
        return;
    }
    out.push((start + lead, end - trail));
}

/// Words that open sentences and are nobody's family name.
const SENTENCE_OPENERS: [&str; 12] = [
    "The", "This", "That", "These", "It", "We", "They", "He", "She", "There", "In", "On",
];

fn ends_sentence(text: &str, i: usize) -> bool {
    let after = &text[i + 1..];
    let after = after.trim_start_matches(['"', ')', ']', '*', '\'', '”', '’']);
    // Only a space followed by something that can start a sentence ends one.
    let Some(rest) = after.strip_prefix(char::is_whitespace) else {
        return after.is_empty();
    };
    let next = rest.trim_start().chars().next();
    if !next.is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '(' | '[' | '*' | '→')
    }) {
        return false;
    }
    if text.as_bytes()[i] != b'.' {
        return true;
    }
    let before = &text[..i];
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '[')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    // "A. Smith", "U.S. delegation", "e.g. the", "No. 5"; but "Vendor B.
    // The group …": no name starts with a word that opens sentences.
    let opener = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| SENTENCE_OPENERS.contains(&w));
    let single_initial =
        word.chars().count() == 1 && word.chars().all(char::is_uppercase) && !opener;
    // "by 5.11.2025. Board members …": a number or date ends the sentence.
    let dotted_word = lower.contains('.') && lower.chars().any(char::is_alphabetic);
    !(single_initial || dotted_word || ABBREVIATIONS.contains(&lower.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn splits_at_sentence_ends_only() {
        assert_eq!(
            split(
                "The report is out. MAG members are invited to review it. Mr. Smith e.g. agreed."
            ),
            vec![
                "The report is out.",
                "MAG members are invited to review it.",
                "Mr. Smith e.g. agreed."
            ]
        );
        assert_eq!(split("Version 2.5 is out"), vec!["Version 2.5 is out"]);
        assert_eq!(
            split("Jonas will ask Vendor B. The group agreed."),
            vec!["Jonas will ask Vendor B.", "The group agreed."]
        );
        // An initial in brackets ends no sentence.
        assert_eq!(
            split("Circulate the paper by 20 March [T. Achterberg]"),
            vec!["Circulate the paper by 20 March [T. Achterberg]"]
        );
    }

    #[test]
    fn words_keep_hyphens_and_apostrophes() {
        let t: Vec<&str> = tokens("The co-facilitator of the WG-WSP (MAG’s) will.")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            vec![
                "The",
                "co-facilitator",
                "of",
                "the",
                "WG-WSP",
                "(",
                "MAG’s",
                ")",
                "will",
                "."
            ]
        );
    }
}
