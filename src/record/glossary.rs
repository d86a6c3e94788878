//! The record's own "Full Name (ACRONYM)" pairs, so that a group named in
//! full, by acronym or by a near form of its name is recognised as one.

use super::words::{Token, tokens};

/// A name the record defines with an acronym.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub acronym: String,
    /// The words the acronym stands for ("Best Practice Forum").
    pub expansion: String,
    /// A topic that follows the expansion and narrows it ("Cybersecurity"
    /// in "Best Practice Forum on Cybersecurity (BPF)").
    pub topic: Option<String>,
}

impl Entry {
    /// The short name shown to people: "PNAI", "BPF Cybersecurity".
    pub fn label(&self) -> String {
        match &self.topic {
            Some(topic) => format!("{} {topic}", self.acronym),
            None => self.acronym.clone(),
        }
    }

    /// The full name as the record writes it.
    pub fn full_name(&self) -> String {
        match &self.topic {
            Some(topic) => format!("{} on {topic}", self.expansion),
            None => self.expansion.clone(),
        }
    }
}

pub(super) const STOPWORDS: [&str; 14] = [
    "of", "on", "the", "and", "for", "in", "to", "a", "an", "&", "de", "la", "du", "des",
];
const TOPIC_PREPOSITIONS: [&str; 3] = ["on", "for", "of"];

pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.iter().any(|s| s.eq_ignore_ascii_case(word))
}

/// An acronym-looking token: "IMSB", "WG-WSP", "DCs", "WSIS+20", "NRIs".
pub fn is_acronym(word: &str) -> bool {
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    let core = word.strip_suffix('s').unwrap_or(word);
    let lower_in_core = core
        .split(['-', '+'])
        .any(|part| part.chars().any(char::is_lowercase) && !is_word_part(part));
    // "WG-Strategy" holds an acronym; "Vice-Chairs" only words.
    let has_capitals_part = core.split(['-', '+']).any(|part| {
        part.chars().filter(|c| c.is_uppercase()).count() >= 2
            || part.len() == 1 && part.chars().all(char::is_uppercase)
    });
    (2..=20).contains(&word.len())
        && capitals >= 2
        && !lower_in_core
        && has_capitals_part
        && word.chars().next().is_some_and(char::is_uppercase)
}

/// "WG-Strategy": a part of an acronym that is a whole word.
fn is_word_part(part: &str) -> bool {
    part.len() > 3
        && part.chars().next().is_some_and(char::is_uppercase)
        && part.chars().skip(1).all(char::is_lowercase)
}

/// What an acronym must match, in order.
#[derive(Debug)]
enum Piece {
    Letter(char),
    Word(String),
}

fn pieces(acronym: &str) -> Vec<Piece> {
    let core = if acronym.ends_with('s') && acronym.len() > 2 {
        &acronym[..acronym.len() - 1]
    } else {
        acronym
    };
    let mut out = Vec::new();
    for part in core.split(['-', '+', '/']) {
        if is_word_part(part) {
            out.push(Piece::Word(part.to_lowercase()));
        } else {
            out.extend(
                part.chars()
                    .filter(|c| c.is_alphabetic())
                    .map(|c| Piece::Letter(c.to_lowercase().next().unwrap_or(c))),
            );
        }
    }
    out
}

/// Words that may be left out of an expansion without a letter: small
/// words, and other acronyms ("IGF" in "National and Regional IGF initiatives").
fn skippable(word: &str) -> bool {
    is_stopword(word) || is_acronym(word) || word.chars().all(|c| c.is_ascii_digit())
}

/// A word of a candidate expansion.
struct Word {
    lower: String,
    skippable: bool,
}

/// Every `w` at which `pieces[p..]` can end when matched over `words[w..]`,
/// every content word giving at least one letter. `inside` is the byte
/// position reached inside `words[w-1]`, where further letters may come from
/// ("WSP" in "Workshop Process").
fn covers(
    pieces: &[Piece],
    words: &[Word],
    p: usize,
    w: usize,
    inside: Option<usize>,
    ends: &mut Vec<usize>,
) {
    if p == pieces.len() {
        ends.push(w);
        return;
    }
    if let Some(Word { lower: word, .. }) = words.get(w) {
        let matches = match &pieces[p] {
            Piece::Letter(letter) => word.starts_with(*letter),
            Piece::Word(part) => word.starts_with(part.as_str()) || part.starts_with(word.as_str()),
        };
        if matches {
            let inside = match pieces[p] {
                Piece::Letter(letter) => Some(letter.len_utf8()),
                Piece::Word(_) => None,
            };
            covers(pieces, words, p + 1, w + 1, inside, ends);
        }
    }
    if let (Some(pos), Piece::Letter(letter)) = (inside, &pieces[p]) {
        let prev = &words[w - 1].lower;
        if let Some(off) = prev.get(pos..).and_then(|rest| rest.find(*letter)) {
            covers(
                pieces,
                words,
                p + 1,
                w,
                Some(pos + off + letter.len_utf8()),
                ends,
            );
        }
    }
    if let Some(word) = words.get(w)
        && w > 0
        && word.skippable
    {
        covers(pieces, words, p, w + 1, None, ends);
    }
}

/// Finds the expansion of `acronym` among the words before it, shortest first.
pub fn expand(acronym: &str, before: &[&str]) -> Option<Entry> {
    let pieces = pieces(acronym);
    if pieces.is_empty() {
        return None;
    }
    // "WG-Hybrid" for "Working Group on Hybrid Meetings": a word of the
    // acronym may stand for the last words of the name.
    let ends_in_word = matches!(pieces.last(), Some(Piece::Word(_)));
    let words: Vec<Word> = before
        .iter()
        .map(|w| Word {
            lower: w.to_lowercase(),
            skippable: skippable(w),
        })
        .collect();
    for start in (before.len().saturating_sub(12)..before.len()).rev() {
        if words[start].skippable {
            continue;
        }
        let mut ends = Vec::new();
        covers(&pieces, &words[start..], 0, 0, None, &mut ends);
        // The longest match leaves least unexplained; what is left must be
        // small words or a topic ("on Cybersecurity").
        ends.sort_unstable_by(|a, b| b.cmp(a));
        for end in ends {
            let rest = &before[start + end..];
            let topic = match rest.split_first() {
                None => None,
                Some((prep, topic))
                    if TOPIC_PREPOSITIONS
                        .iter()
                        .any(|p| p.eq_ignore_ascii_case(prep))
                        && !topic.is_empty() =>
                {
                    Some(topic.join(" "))
                }
                Some(_) if rest.iter().all(|w| skippable(w)) => None,
                Some(_)
                    if ends_in_word
                        && rest.len() <= 2
                        && rest.iter().all(|w| w.starts_with(char::is_uppercase)) =>
                {
                    return Some(Entry {
                        acronym: acronym.to_string(),
                        expansion: before[start..].join(" "),
                        topic: None,
                    });
                }
                Some(_) => continue,
            };
            return Some(Entry {
                acronym: acronym.to_string(),
                expansion: before[start..start + end].join(" "),
                topic,
            });
        }
    }
    None
}

/// Every "Name (ACRONYM)" pair in `text`.
pub fn pairs_in(text: &str) -> Vec<Entry> {
    if !text.contains('(') {
        return Vec::new();
    }
    let toks = tokens(text);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        // "(BPF Cybersecurity)": the acronym and the topic it is on.
        let topic = toks
            .get(i + 2)
            .filter(|w| w.is_word() && toks.get(i + 3).is_some_and(|c| c.text == ")"));
        let is_pair = t.text == "("
            && toks.get(i + 1).is_some_and(|a| is_acronym(a.text))
            && (toks.get(i + 2).is_some_and(|c| c.text == ")") || topic.is_some());
        if !is_pair {
            continue;
        }
        // Only the last words can spell the acronym out.
        let before: Vec<&str> = toks[..i]
            .iter()
            .rev()
            .take(16)
            .take_while(|w| w.is_word())
            .map(|w| w.text)
            .collect();
        let before: Vec<&str> = before.into_iter().rev().collect();
        // "Training and Capacity Building Working Group (TCB WG)": both
        // words are initials, read as one.
        if let Some(second) = topic.filter(|w| is_acronym(w.text))
            && let Some(entry) = expand(&format!("{}{}", toks[i + 1].text, second.text), &before)
                .filter(|e| e.topic.is_none())
        {
            out.push(Entry {
                acronym: format!("{} {}", toks[i + 1].text, second.text),
                ..entry
            });
            continue;
        }
        if let Some(entry) = expand(toks[i + 1].text, &before).filter(|e| {
            topic.is_none_or(|w| {
                e.topic
                    .as_deref()
                    .is_some_and(|t| t.eq_ignore_ascii_case(w.text))
            })
        }) {
            out.push(entry);
        }
    }
    out
}

/// Lowercase, singular-ish form for comparing names ("Processes" ~ "Process").
pub fn stem(word: &str) -> String {
    let lower = word.to_lowercase();
    let lower = lower
        .trim_end_matches(['’', '\''])
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_string();
    if let Some(base) = lower.strip_suffix("sses") {
        format!("{base}ss")
    } else if let Some(base) = lower.strip_suffix("ies").filter(|b| b.len() > 2) {
        format!("{base}y")
    } else if lower.ends_with('s') && !lower.ends_with("ss") && lower.len() > 3 {
        lower[..lower.len() - 1].to_string()
    } else {
        lower
    }
}

/// Where the content words of `name` occur in order in `toks`, allowing a
/// few extra words between them ("Working Group (WG) on Workshop Processes"
/// for "Working Group on Workshop Process"). Returns the token range.
pub fn find_name(name: &str, toks: &[Token<'_>]) -> Option<(usize, usize)> {
    find_stems(&name_stems(name), &word_stems(toks))
}

/// The content words of a name, stemmed: what `find_stems` looks for.
pub fn name_stems(name: &str) -> Vec<String> {
    tokens(name)
        .iter()
        .filter(|t| t.is_word() && !is_stopword(t.text))
        .map(|t| stem(t.text))
        .collect()
}

/// The words of a sentence, stemmed, with their token index; punctuation
/// does not count towards the gap ("Group (WG) on Workshop").
pub fn word_stems(toks: &[Token<'_>]) -> Vec<(usize, String)> {
    toks.iter()
        .enumerate()
        .filter(|(_, t)| t.is_word())
        .map(|(i, t)| (i, stem(t.text)))
        .collect()
}

/// `find_name` with both sides stemmed already, for callers that look for
/// many names in one sentence.
pub fn find_stems(wanted: &[String], words: &[(usize, String)]) -> Option<(usize, usize)> {
    const MAX_GAP: usize = 3;
    if wanted.len() < 2 {
        return None;
    }
    'start: for first in 0..words.len() {
        if words[first].1 != wanted[0] {
            continue;
        }
        let mut at = first;
        for want in &wanted[1..] {
            let found = (at + 1..words.len().min(at + 2 + MAX_GAP)).find(|&k| &words[k].1 == want);
            match found {
                Some(k) => at = k,
                None => continue 'start,
            }
        }
        return Some((words[first].0, words[at].0 + 1));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> Entry {
        pairs_in(text)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no pair in {text:?}"))
    }

    #[test]
    fn expansions_and_labels() {
        assert_eq!(
            entry("Best Practice Forum on Cybersecurity (BPF)").label(),
            "BPF Cybersecurity"
        );
        assert_eq!(
            entry("Policy Network on Artificial Intelligence (PNAI)").label(),
            "PNAI"
        );
        let imsb =
            entry("Updates from the WSIS+20 Informal Multistakeholder Sounding Board (IMSB)");
        assert_eq!(imsb.expansion, "Informal Multistakeholder Sounding Board");
        assert_eq!(
            entry("Working Group on Workshop Process (WG-WSP)").expansion,
            "Working Group on Workshop Process"
        );
        assert_eq!(
            entry("Working Group on Strategy (WG-Strategy)").label(),
            "WG-Strategy"
        );
        assert_eq!(
            entry("Working Group on Multilingualism (WG-Multilingual)").label(),
            "WG-Multilingual"
        );
        assert_eq!(
            entry("the Working Group on Hybrid Meetings (WG-Hybrid)").expansion,
            "Working Group on Hybrid Meetings"
        );
        assert_eq!(
            entry("Dynamic Coalitions (DCs)").expansion,
            "Dynamic Coalitions"
        );
        assert_eq!(
            entry("The National and Regional IGF initiatives (NRIs) met").label(),
            "NRIs"
        );
        assert_eq!(
            entry("the Latin American and the Caribbean IGF (LACIGF)").expansion,
            "Latin American and the Caribbean IGF"
        );
    }

    #[test]
    fn no_pair_without_a_matching_expansion() {
        assert!(pairs_in("a webinar (PDF) was held").is_empty());
    }

    #[test]
    fn near_forms_of_a_name_match() {
        let toks = tokens(
            "The co-facilitator of the MAG Working Group (WG) on Workshop Processes will share",
        );
        assert!(find_name("Working Group on Workshop Process", &toks).is_some());
        assert!(find_name("Working Group on Strategy", &toks).is_none());
    }
}
