//! The people a record names, and every short form it uses for them:
//! given or family name, "Ms. Lind", a speaker code ("AO"), a handle
//! ("@rshankar"), an IRC nick ("jroy", "mkim", "Julien_Roy").

/// Someone the record names in full, with the short forms that find them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// Speaker code given beside the name: "Amara Okonkwo (AO)".
    pub code: Option<String>,
    /// Handle without its `@`.
    pub handle: Option<String>,
}

const HONORIFICS: [&str; 8] = ["mr", "mrs", "ms", "dr", "prof", "sir", "mx", "miss"];

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
            _ => out.extend(c.to_lowercase()),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "Ms. Lind" → "Lind"; "@ana" → "ana".
fn strip_title(phrase: &str) -> &str {
    let phrase = phrase.trim().trim_start_matches('@');
    if let Some((first, rest)) = phrase.split_once(' ') {
        let word = first.trim_end_matches('.').to_ascii_lowercase();
        if HONORIFICS.contains(&word.as_str()) {
            return rest.trim_start();
        }
    }
    phrase
}

#[derive(Debug, Default)]
pub struct Roster {
    people: Vec<Person>,
}

impl Roster {
    /// People the same record names twice ("nadia" and "Nadia", "aurelien"
    /// and "Aurélien Gautier") are kept once, under the fuller name.
    pub fn new(people: Vec<Person>) -> Roster {
        let mut roster = Roster::default();
        for person in people {
            roster.add(person);
        }
        roster
    }

    pub fn add(&mut self, person: Person) {
        if person.name.trim().is_empty() {
            return;
        }
        let same = self
            .people
            .iter()
            .position(|p| same_person(&p.name, &person.name));
        match same {
            Some(k) => {
                let known = &mut self.people[k];
                if person.name.split_whitespace().count() > known.name.split_whitespace().count()
                    || (person.name.starts_with(char::is_uppercase)
                        && known.name.starts_with(char::is_lowercase))
                {
                    known.name = person.name;
                }
                known.code = known.code.take().or(person.code);
                known.handle = known.handle.take().or(person.handle);
            }
            None => self.people.push(person),
        }
    }

    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// The full name a phrase stands for, when exactly one person fits.
    pub fn find(&self, phrase: &str) -> Option<&str> {
        let raw = phrase.trim();
        if raw.is_empty() {
            return None;
        }
        if let Some(p) = self.people.iter().find(|p| p.code.as_deref() == Some(raw)) {
            return Some(&p.name);
        }
        let stripped = strip_title(raw);
        let folded = fold(stripped);
        if folded.is_empty() {
            return None;
        }
        let exact = |p: &&Person| {
            fold(&p.name) == folded || p.handle.as_deref().is_some_and(|h| fold(h) == folded)
        };
        if let Some(p) = self.people.iter().find(exact) {
            return Some(&p.name);
        }
        if folded.contains(' ') {
            return None;
        }
        let fits: Vec<&Person> = self
            .people
            .iter()
            .filter(|p| short_form_of(&folded, &fold(&p.name)))
            .collect();
        match fits.as_slice() {
            [one] => Some(&one.name),
            _ => None,
        }
    }
}

/// "nadia" and "Nadia", "aurelien" and "Aurélien Gautier": one person.
pub fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    a == b || (!a.contains(' ') && first_word(&b) == a) || (!b.contains(' ') && first_word(&a) == b)
}

fn first_word(folded: &str) -> &str {
    folded.split([' ', '-']).next().unwrap_or(folded)
}

/// "marc" for "marc dubois", "dubois", "mdubois", "marcd", "marcdubois".
fn short_form_of(word: &str, name: &str) -> bool {
    let parts: Vec<&str> = name.split(' ').collect();
    let (Some(given), Some(family)) = (parts.first(), parts.last()) else {
        return false;
    };
    if parts.len() < 2 {
        return false;
    }
    let initial = given.chars().next().map(String::from).unwrap_or_default();
    let family_initial = family.chars().next().map(String::from).unwrap_or_default();
    let compact: String = parts.concat().replace('-', "");
    word == *given
        || word == *family
        || word == given.replace('-', "")
        || word == format!("{initial}{family}")
        || word == format!("{given}{family_initial}")
        || word == compact
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
        let mut roster = Roster::new(vec![
            person("Julien Roy"),
            person("Min-jun Kim"),
            person("aurelien"),
            person("Sara Lind"),
            Person {
                name: "Amara Okonkwo".into(),
                code: Some("AO".into()),
                handle: Some("amarao".into()),
            },
        ]);
        roster.add(person("Aurélien Gautier"));
        assert_eq!(roster.find("jroy"), Some("Julien Roy"));
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
