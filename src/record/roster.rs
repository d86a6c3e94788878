//! The people a record names, and every short form it uses for them:
//! given or family name, "Ms. Lind", a speaker code ("AO"), a handle
//! ("@rshankar"), an IRC nick ("jroy", "mkim", "Julien_Roy").

use std::cell::RefCell;
use std::collections::HashMap;

use super::lexicon::TITLES;

/// Someone the record names in full, with the short forms that find them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// Speaker code given beside the name: "Amara Okonkwo (AO)".
    pub code: Option<String>,
    /// Handle without its `@`.
    pub handle: Option<String>,
    /// Other nicks they went by ("ps-reyes" and, to the tracker, "psanchez").
    pub nicks: Vec<String>,
}

impl Person {
    /// Another handle the record knows them by: their handle if they had
    /// none, else one more nick.
    pub fn also_known_as(&mut self, handle: String) {
        match &self.handle {
            None => self.handle = Some(handle),
            Some(h) if *h != handle && !self.nicks.contains(&handle) => self.nicks.push(handle),
            Some(_) => {}
        }
    }
}

/// Lower case, accents off, `_` and `.` as spaces: "Aurélien" ~ "aurelien".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '_' | '.' => out.push(' '),
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => {
                out.push('a')
            }
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => out.push('i'),
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => {
                out.push('o')
            }
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => out.push('u'),
            'ç' | 'Ç' => out.push('c'),
            'ñ' | 'Ñ' => out.push('n'),
            'ł' | 'Ł' => out.push('l'),
            'ś' | 'š' | 'Ś' | 'Š' => out.push('s'),
            'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => out.push('z'),
            'ć' | 'č' | 'Ć' | 'Č' => out.push('c'),
            'æ' | 'Æ' => out.push_str("ae"),
            // "Ruairi_OBrien" typed in a chat is "Ruairi O'Brien".
            '\'' | '’' => {}
            _ => out.extend(c.to_lowercase()),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "Ms. Lind" → "Lind"; "@ana" → "ana".
fn strip_title(phrase: &str) -> &str {
    without_title(phrase.trim().trim_start_matches('@'))
}

/// "Ms. Lind" → "Lind": a title says a person follows, and is no part of the name.
/// Several titles may stand together: "H.E. Mr. Okonjo".
pub(super) fn without_title(phrase: &str) -> &str {
    if let Some((first, rest)) = phrase.split_once(' ') {
        let word = first.trim_end_matches('.').to_ascii_lowercase();
        if TITLES.contains(&word.as_str()) || word == "h.e" {
            return without_title(rest.trim_start());
        }
    }
    phrase
}

/// The people of a record, indexed by every form that may name them, so
/// that finding an owner costs a lookup, not a scan of the list.
#[derive(Debug, Default)]
pub struct Roster {
    people: Vec<Person>,
    codes: HashMap<String, usize>,
    /// Folded full names and handles.
    exact: HashMap<String, usize>,
    /// Folded short forms: given name, family name, nick forms.
    short: HashMap<String, Vec<usize>>,
    /// Phrases already looked up: records name the same people again and again.
    seen: RefCell<HashMap<String, Option<usize>>>,
    /// Folded names of several words, each with a space after it, for
    /// names written by their first words ("Mei Lin" for Mei Lin Cho).
    long_names: Vec<(String, usize)>,
}

impl Roster {
    /// People the same record names twice ("nadia" and "Nadia", "aurelien"
    /// and "Aurélien Gautier") are kept once, under the fuller name.
    pub fn new(people: Vec<Person>) -> Roster {
        let mut merged: Vec<Person> = Vec::with_capacity(people.len());
        let mut by_name: HashMap<String, usize> = HashMap::new();
        let mut by_first: HashMap<String, usize> = HashMap::new();
        for mut person in people {
            // "H.E. Mr. Kwame Asante" names Kwame Asante: owners carry no titles.
            let bare = without_title(person.name.trim());
            if bare.len() != person.name.len() {
                person.name = bare.to_string();
            }
            if person.name.trim().is_empty() {
                continue;
            }
            let folded = fold(&person.name);
            let first = first_word(&folded).to_string();
            let single = !folded.contains(' ');
            let same = by_name.get(&folded).copied().or_else(|| {
                if single {
                    by_first.get(&folded).copied()
                } else {
                    by_name.get(&first).copied()
                }
            });
            let k = match same {
                Some(k) => {
                    let known = &mut merged[k];
                    if fuller_name(&person.name, &known.name) {
                        known.name = person.name;
                    }
                    known.code = known.code.take().or(person.code);
                    known.handle = known.handle.take().or(person.handle);
                    k
                }
                None => {
                    merged.push(person);
                    merged.len() - 1
                }
            };
            by_name.entry(folded).or_insert(k);
            by_first.entry(first).or_insert(k);
        }
        let mut roster = Roster::default();
        // "Antoine @aduh95 (TSC)", "Joyee @joyeecheung (TSC)": a code that
        // several people carry names their body, not one of them.
        let shared = |code: &str| {
            merged
                .iter()
                .filter(|p| p.code.as_deref() == Some(code))
                .count()
                > 1
        };
        // "EN: …" for Emeka Nwosu: notes that write speakers by their
        // initials without listing them. Only two letters, only when one
        // person has them and they are no common abbreviation.
        let initials = |name: &str| -> Option<String> {
            let words: Vec<&str> = name.split_whitespace().collect();
            let [given, family] = words.as_slice() else {
                return None;
            };
            let code: String = [given, family]
                .iter()
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_uppercase)
                .collect();
            (code.chars().count() == 2
                && ![
                    "UN", "EU", "AI", "WG", "CG", "IG", "OK", "US", "UK", "TF", "PR", "QA",
                ]
                .contains(&code.as_str()))
            .then_some(code)
        };
        let implicit: Vec<Option<String>> = merged.iter().map(|p| initials(&p.name)).collect();
        for (k, code) in implicit.iter().enumerate() {
            let Some(code) = code else { continue };
            let unique = implicit.iter().filter(|c| c.as_ref() == Some(code)).count() == 1
                && !merged
                    .iter()
                    .any(|p| p.code.as_deref() == Some(code.as_str()));
            if unique && merged[k].code.is_none() {
                roster.codes.entry(code.clone()).or_insert(k);
            }
        }
        for (k, p) in merged.iter().enumerate() {
            if let Some(code) = p.code.as_deref().filter(|c| !shared(c)) {
                roster.codes.insert(code.to_string(), k);
            }
            let folded = fold(&p.name);
            for handle in p.handle.iter().chain(&p.nicks) {
                roster.exact.entry(fold(handle)).or_insert(k);
            }
            for form in short_forms(&folded) {
                let entry = roster.short.entry(form).or_default();
                if !entry.contains(&k) {
                    entry.push(k);
                }
            }
            if folded.matches(' ').count() >= 2 {
                roster.long_names.push((format!("{folded} "), k));
            }
            roster.exact.insert(folded, k);
        }
        roster.people = merged;
        roster
    }

    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// Whether `label` names people of the record: "Aiko + Kwame", as
    /// notes taken fast join them, names each.
    pub fn knows(&self, label: &str) -> bool {
        label.split(" + ").all(|p| self.find(p.trim()).is_some())
    }

    /// The full name a phrase stands for, when exactly one person fits.
    pub fn find(&self, phrase: &str) -> Option<&str> {
        if self.people.is_empty() {
            return None;
        }
        let raw = phrase.trim();
        if raw.is_empty() || raw.len() > 80 {
            return None;
        }
        if let Some(known) = self.seen.borrow().get(raw) {
            return known.map(|k| self.people[k].name.as_str());
        }
        let found = self.lookup(raw);
        self.seen.borrow_mut().insert(raw.to_string(), found);
        found.map(|k| self.people[k].name.as_str())
    }

    fn lookup(&self, raw: &str) -> Option<usize> {
        if let Some(&k) = self.codes.get(raw) {
            return Some(k);
        }
        let folded = fold(strip_title(raw));
        if let Some(&k) = self.exact.get(&folded) {
            return Some(k);
        }
        // "rut0", "pal_": a nick with the digit or underscore a client
        // added when the plain one was taken.
        let plain = folded.trim_end_matches(|c: char| c == ' ' || c.is_ascii_digit());
        if plain.len() >= 2
            && plain.len() < folded.len()
            && !plain.contains(' ')
            && let Some(&k) = self.exact.get(plain)
        {
            return Some(k);
        }
        // "E. Marx", "P Lang": an initial and a family name the list holds.
        if let Some((initial, family)) = folded.split_once(' ')
            && initial.trim_end_matches('.').chars().count() == 1
            && !family.contains(' ')
            && let Some([k]) = self.short.get(family).map(Vec::as_slice)
            && fold(&self.people[*k].name).starts_with(initial.trim_end_matches('.'))
        {
            return Some(*k);
        }
        // "oksana_v", "min_jun": a nick written in pieces is read whole.
        let joined: String = folded.split(' ').collect();
        let nick = folded.contains(' ') && joined.len() <= 16 && !folded.contains("  ");
        match self
            .short
            .get(if nick { &joined } else { &folded })
            .map(Vec::as_slice)
        {
            Some([k]) if nick || !folded.contains(' ') => Some(*k),
            Some(_) => None,
            None => self
                .shortened(raw, &folded)
                .or_else(|| self.leading_words(&folded)),
        }
    }

    /// "Mei Lin" for Mei Lin Cho: the first words of one listed name,
    /// written whole (a given name of two words).
    fn leading_words(&self, folded: &str) -> Option<usize> {
        if !folded.contains(' ') || folded.len() < 5 {
            return None;
        }
        let mut found = None;
        for (name, k) in &self.long_names {
            // "mei lin cho " starts with "mei lin" and a space.
            if name.starts_with(folded) && name.as_bytes().get(folded.len()) == Some(&b' ') {
                if found.is_some_and(|f| f != *k) {
                    return None;
                }
                found = Some(*k);
            }
        }
        found
    }

    /// "Dev" for Devendra Rao, "Alex" for Alexandra Petrov: a given name
    /// cut short, when it starts one listed person's given name only.
    fn shortened(&self, raw: &str, folded: &str) -> Option<usize> {
        if folded.len() < 3 || folded.contains(' ') || !raw.starts_with(char::is_uppercase) {
            return None;
        }
        let mut found = None;
        for (k, person) in self.people.iter().enumerate() {
            let given = fold(person.name.split_whitespace().next().unwrap_or(""));
            if given.len() > folded.len() && given.starts_with(folded) {
                if found.is_some() {
                    return None;
                }
                found = Some(k);
            }
        }
        found
    }
}

/// Whether `name` says more than `known`, a spelling of the same person:
/// more words, a capital, or the accents a keyboard dropped ("Tomas_Horak"
/// typed in a chat, "Tomáš Horák" in the tracker).
pub(super) fn fuller_name(name: &str, known: &str) -> bool {
    let (words, known_words) = (
        name.split_whitespace().count(),
        known.split_whitespace().count(),
    );
    let marks = |n: &str| n.chars().filter(|c| matches!(c, '\'' | '’' | '-')).count();
    words > known_words
        || (name.starts_with(char::is_uppercase) && known.starts_with(char::is_lowercase))
        || (words == known_words && !name.is_ascii() && known.is_ascii())
        || (words == known_words && marks(name) > marks(known))
}

/// Whether a nick is made of the name's letters in order, from the start
/// of one of its words: "pal" for Pierre Lamarche, "mrtz" for Moritz
/// Albrecht, "jpl" for Jean-Pierre Lacombe.
pub(super) fn nick_fits(nick: &str, name: &str) -> bool {
    let nick: Vec<char> = fold(nick)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let name = fold(name);
    if nick.len() < 2 || name.len() > 64 {
        return false;
    }
    let letters: Vec<(bool, char)> = name
        .chars()
        .scan(true, |start, c| {
            let at_start = *start;
            *start = !c.is_alphanumeric();
            Some((at_start, c))
        })
        .filter(|(_, c)| c.is_alphanumeric())
        .collect();
    letters.iter().enumerate().any(|(k, &(start, c))| {
        start && c == nick[0] && {
            let mut rest = nick[1..].iter().peekable();
            for &(_, l) in &letters[k + 1..] {
                if rest.peek() == Some(&&l) {
                    rest.next();
                }
            }
            rest.peek().is_none()
        }
    })
}

fn first_word(folded: &str) -> &str {
    folded.split([' ', '-']).next().unwrap_or(folded)
}

/// "marc", "dubois", "mdubois", "marcd", "marcdubois" for "marc dubois".
pub(super) fn short_forms(name: &str) -> Vec<String> {
    let parts: Vec<&str> = name.split(' ').collect();
    let (Some(given), Some(family)) = (parts.first(), parts.last()) else {
        return Vec::new();
    };
    if parts.len() < 2 {
        return Vec::new();
    }
    let initial = given.chars().next().map(String::from).unwrap_or_default();
    let family_initial = family.chars().next().map(String::from).unwrap_or_default();
    // "jpcaron" for Jean-Pierre Caron: every given name's initial.
    let initials: String = parts[..parts.len() - 1]
        .iter()
        .flat_map(|p| p.split('-'))
        .filter_map(|p| p.chars().next())
        .collect();
    let mut forms = vec![
        given.to_string(),
        family.to_string(),
        given.replace('-', ""),
        format!("{initial}{family}"),
        format!("{given}{family_initial}"),
        parts.concat().replace('-', ""),
    ];
    if initials.chars().count() > 1 {
        forms.push(format!("{initials}{family}"));
    }
    // "analucia" for Ana Lucía Benítez: a given name of two words, joined.
    if parts.len() >= 3 {
        forms.push(parts[..parts.len() - 1].concat().replace('-', ""));
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Person {
        Person {
            name: name.to_string(),
            ..Person::default()
        }
    }

    #[test]
    fn short_forms_find_the_full_name() {
        let roster = Roster::new(vec![
            person("Julien Roy"),
            person("Min-jun Kim"),
            person("aurelien"),
            person("Sara Lind"),
            Person {
                name: "Amara Okonkwo".into(),
                code: Some("AO".into()),
                handle: Some("amarao".into()),
                nicks: Vec::new(),
            },
            person("Aurélien Gautier"),
        ]);
        assert_eq!(roster.find("jroy"), Some("Julien Roy"));
        let two = Roster::new(vec![person("Mei Lin Cho"), person("Mei Tanaka")]);
        assert_eq!(two.find("Mei Lin"), Some("Mei Lin Cho"));
        assert_eq!(two.find("meilin"), Some("Mei Lin Cho"));
        assert_eq!(roster.find("mkim"), Some("Min-jun Kim"));
        assert_eq!(roster.find("Julien_Roy"), Some("Julien Roy"));
        assert_eq!(roster.find("aurelien"), Some("Aurélien Gautier"));
        assert_eq!(roster.find("Ms. Lind"), Some("Sara Lind"));
        assert_eq!(roster.find("AO"), Some("Amara Okonkwo"));
        assert_eq!(roster.find("@amarao"), Some("Amara Okonkwo"));
        assert_eq!(roster.find("Secretariat"), None);
        assert_eq!(roster.people().len(), 5);
    }
}
