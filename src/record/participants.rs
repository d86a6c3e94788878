//! The list of participants: tables of "Family<TAB>Given" rows under role
//! headings, lists of "Name (Role)", "Family, Given (Role)", "Name @handle
//! (Role)", "Name (CODE), role" entries, and "Present: A, B, C" lines.

use super::blocks::{Block, BlockKind};
use super::lexicon::{PEOPLE, lower_in};
use super::model::Participant;
use super::words::tokens;
use std::collections::HashMap;

use super::roster::{Person, fold, short_forms};
use super::sections::{self, Outline, Purpose};

/// A participant and the short forms the record uses for them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attendee {
    pub participant: Participant,
    pub person: Person,
}

/// Labels that open an inline list of people who attended.
const PRESENT: [&str; 8] = [
    // AI notes list who spoke: "Speakers: Amira Haddad, Tomás Ibáñez".
    "speakers",
    "present",
    "attendees",
    "participants",
    "attendance",
    "attending",
    "guests",
    "guest",
];
/// Longer labels of the same: "On the call (14): …".
const PRESENT_PHRASES: [&str; 4] = ["on the call", "on call", "in attendance", "on the line"];
/// Header fields naming who ran the meeting ("Chairs: MH Maren Holt"):
/// the notes may call them by the code given there, whether or not a
/// list of those present names them again.
const OFFICERS: [&str; 5] = ["chair", "chairs", "co-chairs", "ad", "scribe"];
/// Labels of people who did not attend.
const ABSENT: [&str; 5] = [
    "regrets",
    "apologies",
    "absent",
    "excused",
    "apologies received",
];

/// "Present: A, B" → ("present", "A, B").
fn label_of(text: &str) -> Option<(String, &str)> {
    let (label, rest) = text.split_once(':')?;
    // "Participants (7): …", "Attendees (from calendar invite): …",
    // "Attendees (ALS representatives and individual members): …": the
    // count or the source says nothing of who.
    let label = label
        .trim()
        .trim_end_matches('*')
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once(" ("))
        .filter(|(_, n)| n.split_whitespace().count() <= 6)
        .map_or(label, |(l, _)| l);
    let label = label.trim().to_lowercase();
    // "**Panel members present:**": who, then that they attended.
    let said_present = label.ends_with(" present") && label.split_whitespace().count() <= 4;
    (label.split_whitespace().count() <= 2
        || PRESENT_PHRASES.contains(&label.as_str())
        || said_present)
        .then_some((label, rest.trim()))
}

/// People the record names but does not count among those present: the
/// absent ("Absent: Mikael Strand (@mstrand, TSC)"), whose carried-over
/// action is theirs by the handle the list gives, and the chairs a header
/// names with their codes.
pub fn absent(blocks: &[Block]) -> Vec<Attendee> {
    blocks
        .iter()
        .take(60)
        .filter(|b| !matches!(b.kind, BlockKind::Row(_)))
        .filter_map(|b| label_of(&b.text))
        .filter(|(label, _)| {
            ABSENT.contains(&label.as_str())
                || label == "not present"
                || OFFICERS.contains(&label.as_str())
        })
        .flat_map(|(label, rest)| {
            // "Kwame Asante (@kwame-asante) — voting member, sent regrets.":
            // who, then a remark on why.
            let names: Vec<&str> = rest
                .split(", ")
                .map(|entry| {
                    [" — ", " – ", " -- "]
                        .iter()
                        .fold(entry, |e, dash| e.split(dash).next().unwrap_or(e))
                })
                .filter(|entry| !entry.trim_start().starts_with(char::is_lowercase))
                .collect();
            let officers = OFFICERS.contains(&label.as_str());
            // A chair by a code ("MH Maren Holt"), not "Chair: Gary, Nigel",
            // whom the list of those present names in full.
            listed(&names.join(", "), None, true)
                .into_iter()
                .filter(move |a| !officers || a.person.code.is_some())
        })
        .collect()
}

/// Reads every participant the record lists.
pub fn read(blocks: &[Block], outline: &Outline) -> Vec<Attendee> {
    let mut rows: Vec<(Option<String>, [String; 2])> = Vec::new();
    let mut out = Vec::new();
    let mut role: Option<String> = None;
    // Under a "Regrets" heading the people listed did not attend.
    let mut absent = false;
    let mut roll_call: Option<RollCall> = None;
    // Under a participants heading, through the role headings after it.
    let mut in_list = false;
    // "- **Attendees:**" over entries nested under it ("  - TSC: @lw
    // (Luana Marques), …"): the depth of the label, and whether those
    // under it were absent.
    let mut under_label: Option<(u8, bool)> = None;
    for (i, block) in blocks.iter().enumerate() {
        let depth = match block.kind {
            BlockKind::ListItem { depth, .. } => Some(depth),
            _ => None,
        };
        let nested = match under_label {
            Some((label_depth, gone)) if depth.is_some_and(|d| d > label_depth) => Some(gone),
            _ => None,
        };
        if nested.is_none() {
            under_label = None;
        }
        if nested == Some(true) {
            continue;
        }
        // Gemini writes "Invited Ana Souza …", some exports "Invited: …".
        let invitees = block.text.strip_prefix("Invited");
        let invitees = invitees.and_then(|r| r.strip_prefix(':').or(Some(r)));
        if let Some(rest) = invitees
            .and_then(|r| r.strip_prefix(' '))
            .filter(|_| i < 10)
        {
            let elsewhere = |name: &str| {
                blocks
                    .iter()
                    .enumerate()
                    .any(|(j, b)| j != i && b.text.contains(name))
            };
            out.extend(invited(rest, &elsewhere));
            continue;
        }
        if block.is_heading() {
            absent = ABSENT.contains(&block.text.trim().to_lowercase().as_str());
            // "LIST OF PARTICIPANTS", then "Chair", "Vice-Chairs", "Members"
            // as headings of their own: the role of the names under each.
            let title = block.text.trim();
            if sections::purpose_of_title(title) == Purpose::Participants {
                in_list = true;
                role = None;
            } else if in_list && is_category_heading(title) {
                role = Some(title.to_string());
            } else {
                in_list = false;
            }
            continue;
        }
        if absent {
            continue;
        }
        let labelled = label_of(&block.text);
        if let Some((label, rest)) = &labelled
            && !matches!(block.kind, BlockKind::Row(_))
        {
            // "**Team present:**": the last word says who attended.
            let bare = label.trim_matches('*');
            let last = bare.rsplit(' ').next().unwrap_or("");
            // "Meeting participants:", "Call attendees:" too.
            if PRESENT.contains(&label.as_str())
                || PRESENT_PHRASES.contains(&label.as_str())
                || !bare.starts_with("not") && (last == "present" || PRESENT.contains(&last))
            {
                if rest.trim().is_empty() {
                    under_label = depth.map(|d| (d, false));
                }
                out.extend(listed(rest, None, true));
                continue;
            }
            if ABSENT.contains(&label.as_str()) {
                if rest.trim().is_empty() {
                    under_label = depth.map(|d| (d, true));
                }
                continue;
            }
        }
        // "| Participants | Marta Ilić, Jonas Feld |": a page's properties.
        if let BlockKind::Row(cells) = &block.kind
            && let [label, people] = cells.as_slice()
            && PRESENT.contains(&label.trim().to_lowercase().as_str())
        {
            out.extend(listed(people, None, true));
            continue;
        }
        if !outline.within(i, Purpose::Participants) && !in_list && nested.is_none() {
            continue;
        }
        match &block.kind {
            BlockKind::Row(cells) if cells.len() == 1 => role = Some(cells[0].clone()),
            // "| Name | GitHub | … | Present |": a roll call by its header.
            BlockKind::Row(cells) if roll_call.is_none() && RollCall::of(cells).is_some() => {
                roll_call = RollCall::of(cells);
            }
            BlockKind::Row(cells) if roll_call.is_some() => {
                out.extend(roll_call.and_then(|r| r.attendee(cells)));
            }
            BlockKind::Row(cells) if cells.len() >= 2 => {
                rows.push((role.clone(), [cells[0].clone(), cells[1].clone()]))
            }
            // A line of its own between rows is a role heading ("MAG Members").
            BlockKind::Paragraph
                if !block.text.contains(',')
                    && labelled.is_none()
                    && blocks
                        .get(i + 1)
                        .is_some_and(|n| matches!(n.kind, BlockKind::Row(_))) =>
            {
                role = Some(block.text.clone())
            }
            // "MAG members" over one name a line: the role of the names
            // below it, up to the next blank line.
            BlockKind::Paragraph if names_a_category(blocks, i) => {
                role = Some(block.text.trim().to_string())
            }
            // "UN-Women secretariat: Ms. Sarah Okonkwo, Mr. David Leclerc",
            // "Others: Aditi Rao (@aditi-r)": people under what they are.
            _ if let Some((label, rest)) = &labelled
                && !rest.is_empty()
                && (label
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| PEOPLE.contains(&w))
                    || label.split_whitespace().count() <= 2
                        && rest.starts_with(|c: char| c.is_uppercase() || c == '@')) =>
            {
                // "Others: …" says only that they are not the ones above.
                let role = Some(label.as_str()).filter(|l| !["others", "other"].contains(l));
                out.extend(listed(rest, role, true))
            }
            _ => out.extend(listed(&block.text, role.as_deref(), false)),
        }
    }
    let layout = row_layout(&rows, blocks).unwrap_or(if family_name_first(&rows) {
        Layout::FamilyFirst
    } else {
        Layout::GivenFirst
    });
    out.extend(rows.into_iter().map(|(role, [a, b])| {
        let name = match layout {
            Layout::FamilyFirst => format!("{b} {a}"),
            Layout::GivenFirst => format!("{a} {b}"),
            Layout::NameSecond => b,
            Layout::NameFirst => a,
        };
        attendee(name, role, None, None)
    }));
    out
}

/// How a list in two columns gives each name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// "Wierzbicki | Tomasz".
    FamilyFirst,
    /// "Tomasz | Wierzbicki".
    GivenFirst,
    /// "Belgium | Ilse Vandermeulen (Chair)": where from, then who.
    NameSecond,
    /// "Ilse Vandermeulen | Ministry of Economy".
    NameFirst,
}

/// The layout under which the most names of the rows are written, whole,
/// in the rest of the record ("Mr. Tomasz Wierzbicki reported …"); none
/// when the record writes none of them.
fn row_layout(rows: &[(Option<String>, [String; 2])], blocks: &[Block]) -> Option<Layout> {
    if rows.is_empty() {
        return None;
    }
    // A vote of the first rows over the first half megabyte is enough to
    // tell the layout, and keeps a huge record's list from searching the
    // whole text once per row.
    let mut text = String::new();
    for b in blocks
        .iter()
        .filter(|b| !matches!(b.kind, BlockKind::Row(_)))
    {
        if text.len() > 512 * 1024 {
            break;
        }
        text.push_str(&b.text.to_lowercase());
        text.push('\n');
    }
    let said = |name: &str| {
        let name = name
            .split(" (")
            .next()
            .unwrap_or(name)
            .trim()
            .to_lowercase();
        name.contains(' ') && text.contains(&name)
    };
    let layouts = [
        Layout::GivenFirst,
        Layout::FamilyFirst,
        Layout::NameSecond,
        Layout::NameFirst,
    ];
    let votes = |layout: Layout| {
        rows.iter()
            .take(24)
            .filter(|(_, [a, b])| match layout {
                Layout::GivenFirst => said(&format!("{a} {b}")),
                Layout::FamilyFirst => said(&format!("{b} {a}")),
                Layout::NameSecond => said(b),
                Layout::NameFirst => said(a),
            })
            .count()
    };
    layouts
        .into_iter()
        .map(|l| (votes(l), l))
        .filter(|(v, _)| *v > 0)
        .max_by_key(|(v, _)| *v)
        .map(|(_, l)| l)
}

/// A table of people with a header naming its columns: who, their handle,
/// whether they were there.
#[derive(Clone, Copy)]
struct RollCall {
    name: usize,
    handle: Option<usize>,
    /// TC39-style notes name speakers by the code in this column.
    code: Option<usize>,
    present: Option<usize>,
    role: Option<usize>,
    /// "| ✅ (TSC chair) |": who may vote, and in brackets in what role.
    voting: Option<usize>,
}

impl RollCall {
    fn of(cells: &[String]) -> Option<RollCall> {
        let find = |names: &[&str]| {
            cells
                .iter()
                .position(|c| names.contains(&c.trim().trim_matches('*').to_lowercase().as_str()))
        };
        // "TSC member", "WG participant": who, by the body they sit in.
        let find_name = |names: &[&str]| {
            find(names).or_else(|| {
                cells.iter().position(|c| {
                    let lower = c.trim().trim_matches('*').to_lowercase();
                    lower.split_whitespace().count() == 2
                        && lower.rsplit(' ').next().is_some_and(|last| {
                            ["member", "participant", "attendee"].contains(&last)
                        })
                })
            })
        };
        Some(RollCall {
            name: find_name(&[
                "name",
                "member",
                "participant",
                "attendee",
                "representative",
                "delegate",
                "full name",
            ])?,
            handle: find(&["github", "handle", "nick", "irc", "username", "gitlab"]),
            code: find(&["abbreviation", "abbr", "code", "initials"]),
            present: find(&["present", "attended", "attendance", "here"]),
            role: find(&["role", "position", "function"]),
            voting: find(&["voting", "vote"]),
        })
    }

    fn attendee(self, cells: &[String]) -> Option<Attendee> {
        let cell = |i: usize| cells.get(i).map(|c| c.trim()).unwrap_or("");
        // "❌", "no", "absent": listed, not there.
        let absent = self.present.map(cell).is_some_and(|p| {
            let lower = p.to_lowercase();
            // "No (regrets)", "Absent – travelling".
            let first = lower.split([' ', '(', ',', '–', '-']).next().unwrap_or("");
            p.contains(['❌', '✗', '✘'])
                || matches!(first, "no" | "absent" | "n" | "regrets" | "apologies")
        });
        let handle = self
            .handle
            .map(cell)
            .map(|h| h.trim_start_matches('@').to_string())
            .filter(|h| !h.is_empty() && !h.contains(' '));
        // "| — | @zx-spectrum |": no name given; the handle is who it is.
        let unnamed = |n: &str| !n.chars().any(char::is_alphanumeric);
        let by_handle = handle.as_ref().map(|h| format!("@{h}"));
        let name = match (cell(self.name), &by_handle) {
            (n, Some(h)) if unnamed(n) => h.as_str(),
            (n, _) => n,
        };
        if absent || unnamed(name) {
            return None;
        }
        let code = self
            .code
            .map(cell)
            .filter(|c| !c.is_empty() && !c.contains(' '))
            .map(str::to_string);
        // "Ingrid Halvorsen (@ihalvorsen), Chair": the cell says more than
        // a name; it reads as a list entry does.
        if handle.is_none()
            && code.is_none()
            && name.contains(['(', ','])
            && let Some(entry) = entry_of(name, None, true)
        {
            return Some(entry);
        }
        // "| Chair |", or "| ✅ (TSC chair) |" beside the tick.
        let role = self
            .role
            .map(cell)
            .filter(|r| !r.is_empty() && r.chars().any(char::is_alphabetic))
            .map(str::to_string)
            .or_else(|| {
                [self.present, self.voting]
                    .into_iter()
                    .flatten()
                    .map(cell)
                    .find_map(|p| p.split_once('(')?.1.strip_suffix(')').map(str::to_string))
            });
        // "| Jonas Pfeiffer (co-chair) | @jpfeif |": a role in brackets
        // beside the name, where the row has a handle too.
        if let Some((bare, inner)) = name.strip_suffix(')').and_then(|n| n.rsplit_once(" ("))
            && inner.starts_with(char::is_lowercase)
            && bare.split_whitespace().count() >= 2
        {
            let role = role.or_else(|| Some(inner.to_string()));
            return Some(attendee(bare.trim().to_string(), role, code, handle));
        }
        Some(attendee(name.to_string(), role, code, handle))
    }
}

/// A line of its own after a blank line, with names on the lines right
/// under it, that names people by what they are ("MAG Chair", "Host
/// country", "IGF Secretariat"): no person is called so.
fn names_a_category(blocks: &[Block], i: usize) -> bool {
    let block = &blocks[i];
    // "MAG Members" right under the last name of "MAG Chair": no name
    // holds a word like "members", so no blank line is needed.
    let after_blank = i == 0
        || blocks[i - 1].end_line + 1 < block.line
        || block.text.split_whitespace().count() <= 3;
    let over_names = blocks
        .get(i + 1)
        .is_some_and(|n| n.line == block.end_line + 1 && matches!(n.kind, BlockKind::Paragraph));
    after_blank
        && over_names
        && block.line == block.end_line
        && !block.text.contains([',', ':'])
        && tokens(&block.text)
            .iter()
            .any(|t| t.is_word() && lower_in(t, &PEOPLE))
}

/// Gemini's "Invited Sophie Laurent Daniel Osei": name chips copied without
/// separators. A three-word name is one the record writes elsewhere too;
/// else names are given name and family name.
fn invited(rest: &str, elsewhere: &dyn Fn(&str) -> bool) -> Vec<Attendee> {
    if rest.contains(',') {
        return listed(rest, None, true);
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    if !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let three = words.get(k..k + 3).map(|w| w.join(" "));
        let take = if three.is_some_and(|t| elsewhere(&t)) {
            3
        } else {
            2.min(words.len() - k)
        };
        out.push(attendee(words[k..k + take].join(" "), None, None, None));
        k += take;
    }
    out
}

fn attendee(
    name: String,
    role: Option<String>,
    code: Option<String>,
    handle: Option<String>,
) -> Attendee {
    Attendee {
        person: Person {
            name: name.clone(),
            code,
            handle,
            nicks: Vec::new(),
        },
        participant: Participant { name, role },
    }
}

/// Each person once, under the fuller of the names given ("nadia" and
/// "Nadia"; a nick and the full name a tracker echoed).
pub fn merge(attendees: Vec<Attendee>) -> Vec<Attendee> {
    let mut out: Vec<Attendee> = Vec::with_capacity(attendees.len());
    // Folded full names, and single names by themselves: one lookup each.
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut by_first: HashMap<String, usize> = HashMap::new();
    for a in attendees {
        let folded = fold(&a.participant.name);
        let first = folded.split([' ', '-']).next().unwrap_or("").to_string();
        let single = !folded.contains(' ');
        let k = by_name.get(&folded).copied().or_else(|| {
            if single {
                by_first.get(&folded).copied()
            } else {
                by_name.get(&first).copied()
            }
        });
        // "Wen Jie" speaking, "Wen_Jie_Tan" present: the name's first words.
        let k = k.or_else(|| {
            let prefix = format!("{folded} ");
            (!single)
                .then(|| {
                    out.iter()
                        .position(|o| fold(&o.participant.name).starts_with(&prefix))
                })
                .flatten()
        });
        let index = k.unwrap_or(out.len());
        by_name.entry(folded).or_insert(index);
        by_first.entry(first).or_insert(index);
        match k.map(|k| &mut out[k]) {
            Some(known) => {
                if super::roster::fuller_name(&a.participant.name, &known.participant.name) {
                    known.participant.name = a.participant.name.clone();
                    known.person.name = a.person.name;
                }
                known.participant.role = known.participant.role.take().or(a.participant.role);
                known.person.code = known.person.code.take().or(a.person.code);
                // "ps-reyes" added herself; the tracker knew her as "psanchez".
                if let Some(other) = a.person.handle {
                    known.person.also_known_as(other);
                }
            }
            None => out.push(a),
        }
    }
    merge_nicks(out)
}

/// "mferri" and "Marco Ferri": a nick that is a short form of exactly one
/// full name listed beside it (initial and family name, given name and
/// initial, …) is that person, who keeps the nick as a handle.
fn merge_nicks(mut people: Vec<Attendee>) -> Vec<Attendee> {
    let mut forms: HashMap<String, Option<usize>> = HashMap::new();
    // A nick is one token, "oksana_v" too; a full name has several.
    let nick_of = |name: &str| (!name.contains(' ')).then(|| fold(name).replace(' ', ""));
    for (k, a) in people.iter().enumerate() {
        let folded = fold(&a.participant.name);
        // "Olumide Ade (@olu)": the handle is a nick of hers.
        if let Some(handle) = &a.person.handle {
            forms
                .entry(fold(handle).replace(' ', ""))
                .and_modify(|v| *v = v.filter(|&i| i == k))
                .or_insert(Some(k));
        }
        if nick_of(&a.participant.name).is_none() && folded.contains(' ') {
            for form in short_forms(&folded) {
                forms
                    .entry(form)
                    .and_modify(|v| *v = v.filter(|&i| i == k))
                    .or_insert(Some(k));
            }
        }
    }
    let mut gone = vec![false; people.len()];
    for k in 0..people.len() {
        let Some(folded) = nick_of(&people[k].participant.name) else {
            continue;
        };
        // "mkowal" for Michal Kowalczyk: the initial, then the family name's
        // start, when one person fits.
        let by_prefix = || {
            let (initial, family) = folded.split_at(folded.chars().next()?.len_utf8());
            let mut fits = people.iter().enumerate().filter(|(_, a)| {
                let name = fold(&a.participant.name);
                let mut words = name.split(' ');
                let given = words.next().unwrap_or("");
                let last = words.next_back().unwrap_or("");
                family.len() >= 4
                    && given.starts_with(initial)
                    && last.len() > family.len()
                    && last.starts_with(family)
            });
            let (k, _) = fits.next()?;
            fits.next().is_none().then_some(k)
        };
        // "hk_lee" for Hyun-ki Lee, "rnair" for Revathi Nair: the name's
        // letters in order, when one listed name has them.
        let by_letters = || {
            let mut fits = people.iter().enumerate().filter(|(_, a)| {
                a.participant.name.contains(' ')
                    && super::roster::nick_fits(&people[k].participant.name, &a.participant.name)
            });
            let (k, _) = fits.next()?;
            fits.next().is_none().then_some(k)
        };
        let Some(full) = forms
            .get(&folded)
            .copied()
            .flatten()
            .or_else(by_prefix)
            .or_else(by_letters)
        else {
            continue;
        };
        let nick = people[k].participant.name.clone();
        let role = people[k].participant.role.take();
        let known = &mut people[full];
        // "kkowal" speaking, "Kris Kowalczyk (@kris)" from the tracker: both.
        known.person.also_known_as(nick);
        known.participant.role = known.participant.role.take().or(role);
        gone[k] = true;
    }
    let mut k = 0;
    people.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
    people
}

/// Attendance tables are sorted by family name: if the first column is in
/// order more often than the second, it holds family names.
fn family_name_first(rows: &[(Option<String>, [String; 2])]) -> bool {
    let ordered = |col: usize| {
        rows.windows(2)
            .filter(|w| {
                w[0].0 == w[1].0 && w[0].1[col].to_lowercase() <= w[1].1[col].to_lowercase()
            })
            .count()
    };
    ordered(0) > ordered(1)
}

/// "Jane Doe (ISOC)", "Jane Doe, Chair", "Jane Doe; John Roe", "A, B, C".
fn listed(text: &str, role: Option<&str>, inline: bool) -> Vec<Attendee> {
    let text = text.trim().trim_end_matches('.');
    let commas = outside_parens(text, ',');
    // "Chair: Ngozi, Tobias": two chairs by their given names, not one
    // person written family name first.
    let two_named = commas == 1
        && role.is_some_and(|r| r.to_lowercase().contains("chair"))
        && text.split(',').all(|p| p.split_whitespace().count() == 1);
    // "SO Samuel Okafor, RB Rahel Bekele": two people, each by code.
    let coded = commas == 1 && text.split(',').all(|p| code_first(p.trim()).is_some());
    // "Marcus Oyelaran (Chair; Northbridge Metro)": a semicolon inside
    // the brackets parts what the person is, not people.
    let semicolons = outside_parens(text, ';');
    let many = semicolons > 0
        || commas >= 2
        || two_named
        || coded
        || (inline && commas == 1 && !looks_reversed(text));
    // "A, B, C; D (guest, Network)": the semicolon sets groups apart, each
    // of which may list several people.
    let entries: Vec<&str> = if semicolons > 0 {
        split_outside_parens(text, ';')
            .into_iter()
            .flat_map(|chunk| {
                if outside_parens(chunk, ',') >= 2 {
                    split_outside_parens(chunk, ',')
                } else {
                    vec![chunk]
                }
            })
            .collect()
    } else if many {
        split_outside_parens(text, ',')
    } else {
        vec![text]
    };
    entries
        .into_iter()
        .filter_map(|entry| entry_of(entry, role, !many))
        .collect()
}

fn outside_parens(text: &str, sep: char) -> usize {
    split_outside_parens(text, sep).len() - 1
}

fn split_outside_parens(text: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if c == sep && depth == 0 => {
                out.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&text[start..]);
    out
}

/// "Vogel, Andreas": a family name, then the given name.
fn looks_reversed(entry: &str) -> bool {
    let bare = entry.split('(').next().unwrap_or(entry);
    // "Sunil_Raghavan, Tobias_Lindqvist": names typed as nicks, each whole.
    if bare.split(',').all(|p| p.trim().contains('_')) {
        return false;
    }
    match bare.split_once(',') {
        Some((family, given)) => {
            // "Castillo Ruiz, Marisol", "Vogel, Andreas Maria"; not "Ana
            // Lima, Bo Chen", two people.
            let words = |s: &str| {
                let s = s.trim();
                let capitalised = s
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase));
                if capitalised {
                    s.split_whitespace().count()
                } else {
                    0
                }
            };
            let (f, g) = (words(family), words(given));
            // "Hiroshi Kato (@hkato), NTT", "Ngozi Okafor, Independent":
            // a name, then where the person comes from.
            let given = given.trim();
            let affiliation = given.chars().filter(|c| c.is_uppercase()).count() > 1
                || [
                    "Independent",
                    "Guest",
                    "Observer",
                    "Chair",
                    "Member",
                    "Secretariat",
                ]
                .contains(&given)
                || entry.contains('(');
            (f == 1 && (1..=2).contains(&g)) || (f == 2 && g == 1 && !affiliation)
        }
        None => false,
    }
}

fn entry_of(entry: &str, role: Option<&str>, single: bool) -> Option<Attendee> {
    // "- [x] @ptorres – Pablo Torres": a roll call ticked off.
    let entry = entry.strip_prefix("Done: ").unwrap_or(entry);
    // "Irene Castellano (@icastellano) -- TSC chair": two hyphens for a
    // dash, as plain text writes it.
    let entry = entry.replace(" -- ", " — ");
    let entry = entry.trim().trim_end_matches('.').trim();
    // "Terrence \"TJ\" Okoro": the name, and what the notes call him.
    if let Some(open) = entry.find(['"', '“'])
        && let Some(len) = entry[open + 1..].find(['"', '”'])
    {
        let quote = entry[open..].chars().next().map_or(1, char::len_utf8);
        let nick = entry[open + quote..open + 1 + len].trim();
        let close = open + 1 + len;
        let after = &entry[close + entry[close..].chars().next().map_or(1, char::len_utf8)..];
        let given = entry[..open].trim();
        if (1..=12).contains(&nick.len())
            && !nick.contains(' ')
            && given.split_whitespace().count() == 1
            && after.trim_start().starts_with(char::is_uppercase)
        {
            let mut found = entry_of(&format!("{given} {}", after.trim()), role, single)?;
            found.person.also_known_as(nick.to_string());
            return Some(found);
        }
    }
    // "RM — Rosa Martínez (chair)": the code the notes use, then who it
    // is; read as "Rosa Martínez (RM) (chair)".
    if let Some((code, who)) = [" — ", " – ", " - "]
        .iter()
        .find_map(|dash| entry.split_once(dash))
        && (2..=4).contains(&code.len())
        && code.chars().all(|c| c.is_ascii_uppercase())
    {
        let end = [" (", ", "]
            .iter()
            .filter_map(|d| who.find(d))
            .min()
            .unwrap_or(who.len());
        let (name, after) = who.split_at(end);
        let initials: String = name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect();
        if initials == code {
            return entry_of(&format!("{name} ({code}){after}"), role, single);
        }
    }
    // "@tkaur — Tanvir Kaur, SIG-Docs lead", "@mvandenberg – Mieke van den
    // Berg (MvB) – Grafton Labs": the handle, then who it is, by what code
    // the notes call them, and what role or where from.
    if let Some(rest) = entry.strip_prefix('@')
        && let Some((nick, who)) = [" — ", " – ", " - "]
            .iter()
            .find_map(|dash| rest.split_once(dash))
        && !nick.is_empty()
        && !nick.contains(' ')
    {
        let end = [", ", " — ", " – ", " - ", " ("]
            .iter()
            .filter_map(|d| who.find(d))
            .min()
            .unwrap_or(who.len());
        let (name, after) = who.split_at(end);
        let code = after
            .trim_start()
            .strip_prefix('(')
            .and_then(|a| a.split_once(')'))
            .filter(|(c, _)| (2..=4).contains(&c.len()) && c.chars().all(char::is_alphabetic))
            .map(|(c, _)| c.to_string());
        let detail = after
            .trim_start()
            .strip_prefix('(')
            .and_then(|a| a.split_once(')'))
            .filter(|_| code.is_some())
            .map_or(after, |(_, rest)| rest)
            .trim_start_matches([',', '—', '–', '-', ' '])
            .trim();
        let words: Vec<&str> = name.split_whitespace().collect();
        let capitalised = words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || super::sections::PARTICLES.contains(w));
        if (2..=5).contains(&words.len()) && capitalised && words[0].starts_with(char::is_uppercase)
        {
            let detail = role
                .map(str::to_string)
                .or_else(|| (!detail.is_empty()).then(|| detail.to_string()));
            return Some(attendee(
                name.trim().to_string(),
                detail,
                code,
                Some(nick.to_string()),
            ));
        }
    }
    // "Tamar Levi @tamarl Cloudfold TSC": a table's row flattened into
    // words; the name, the handle, then where from and what role.
    if let Some((name, rest)) = entry.split_once(" @")
        && !name.contains(['(', ','])
        && (2..=4).contains(&name.split_whitespace().count())
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && let Some((nick, more)) = rest.split_once(' ').or(Some((rest, "")))
        && !nick.is_empty()
    {
        // "Alba Ferreira @albaf (TSC Chair)": the role in brackets too.
        let more = more.trim();
        let more = more
            .strip_prefix('(')
            .and_then(|m| m.strip_suffix(')'))
            .unwrap_or(more);
        let detail = role
            .map(str::to_string)
            .or_else(|| (!more.is_empty()).then(|| more.to_string()));
        return Some(attendee(
            name.trim().to_string(),
            detail,
            None,
            Some(nick.to_string()),
        ));
    }
    let mut code = None;
    let mut handle = None;
    let mut detail: Vec<String> = Vec::new();
    let mut bare = String::new();
    let mut rest = entry;
    while let Some(open) = rest.find('(') {
        bare.push_str(&rest[..open]);
        let Some(close) = rest[open..].find(')') else {
            rest = &rest[open + 1..];
            break;
        };
        let inner = rest[open + 1..open + close].trim();
        // "(NW, chair)": the speaker code, then the role.
        let (head, role) = inner.split_once(',').unwrap_or((inner, ""));
        // "Amara Okonkwo (AO)": a code made of the name's initials; "Garcia
        // Ortiz, Lucia (DCCG)" names the body she comes from.
        let initials: String = bare
            .split(|c: char| !c.is_alphanumeric())
            .filter_map(|w| w.chars().next())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        // "Bram de Vries (BdV)": a particle's initial in lower case.
        let is_code = |c: &str| {
            (2..=4).contains(&c.len())
                && c.starts_with(|c: char| c.is_ascii_uppercase())
                && c.chars().filter(char::is_ascii_uppercase).count() >= 2
                && c.chars().all(|c| c.is_ascii_alphabetic())
                && c.chars().all(|l| initials.contains(l.to_ascii_uppercase()))
        };
        if is_code(head) {
            code = Some(head.to_string());
            if !role.trim().is_empty() {
                detail.push(role.trim().to_string());
            }
        } else if let Some(h) = head.trim().strip_prefix('@').filter(|h| !h.contains(' ')) {
            // "Eli Rosen (@erosen)", "(@lparedes, Quill maintainer)": the
            // forge handle the minutes use, then the role.
            handle = Some(h.to_string());
            if !role.trim().is_empty() {
                detail.push(role.trim().to_string());
            }
        } else if !inner.is_empty() && !inner.chars().all(|c| c.is_ascii_digit()) {
            detail.push(inner.to_string());
        }
        rest = &rest[open + close + 1..];
    }
    bare.push_str(rest);
    // "Mira Kapoor <mkapoor@example.com>": the mailbox's name is a nick of hers.
    if let Some((name, mail)) = bare.split_once('<') {
        if let Some((local, _)) = mail.split_once('@') {
            handle = handle.or_else(|| Some(local.trim().to_string()));
        }
        bare = name.to_string();
    }
    // "amira.haddad@example.org": a list of addresses names each person by
    // the mailbox, given and family name apart.
    if let Some((local, domain)) = bare.trim().split_once('@')
        && !local.is_empty()
        && domain.contains('.')
        && !bare.trim().contains(char::is_whitespace)
    {
        let parts: Vec<&str> = local.split(['.', '_']).collect();
        handle = handle.or_else(|| Some(local.to_string()));
        bare = if (2..=3).contains(&parts.len())
            && parts
                .iter()
                .all(|p| p.len() >= 2 && p.chars().all(|c| c.is_alphabetic() || c == '-'))
        {
            parts
                .iter()
                .map(|p| super::sections::upper_first(p))
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            local.to_string()
        };
    }
    let words: Vec<&str> = bare
        .split_whitespace()
        .filter(|w| match w.strip_prefix('@') {
            Some(h) if !h.is_empty() => {
                handle = Some(h.trim_end_matches([',', '.']).to_string());
                false
            }
            _ => true,
        })
        .collect();
    let mut bare = words.join(" ");
    // "@jpuig (Jordi Puig), contributor": the role after the brackets.
    let after_comma = bare.trim().strip_prefix(',').map(|r| r.trim().to_string());
    if let Some(role) = after_comma.filter(|_| handle.is_some() && !detail.is_empty()) {
        if !role.is_empty() {
            detail.push(role);
        }
        bare.clear();
    }
    // "@mhughes (Maria Hughes, chair)": the handle, then who it is.
    // "@hkowalczyk (chair)" gives a role only.
    if bare.trim().is_empty()
        && handle.is_some()
        && detail
            .first()
            .is_some_and(|d| d.starts_with(char::is_uppercase))
    {
        let first = detail.remove(0);
        let (name, role) = first.split_once(',').unwrap_or((&first, ""));
        if !role.trim().is_empty() {
            detail.insert(0, role.trim().to_string());
        }
        bare = name.trim().to_string();
    }
    let bare = bare.trim().trim_end_matches(',').trim();
    let bare = match code_first(bare) {
        Some((first, name)) if code.is_none() => {
            code = Some(first.to_string());
            name
        }
        _ => bare,
    };
    // "Ferrer-Ibáñez, Lucía – WP2 lead": the reversed name, then the role
    // after a spaced dash.
    let bare = match [" – ", " — ", " - "]
        .iter()
        .filter_map(|d| bare.find(d).map(|at| (at, d.len())))
        .min()
    {
        Some((at, len)) if bare[..at].contains(',') && looks_reversed(&bare[..at]) => {
            detail.push(bare[at + len..].trim().to_string());
            &bare[..at]
        }
        _ => bare,
    };
    // The entry as written: its brackets say it names a handle or code.
    let name = if looks_reversed(bare) && (!entry.contains('(') || looks_reversed(entry)) {
        let (family, given) = bare.split_once(',').unwrap_or((bare, ""));
        format!("{} {}", given.trim(), family.trim())
    } else if single {
        // "Eli Rosen - Collaborator": a spaced hyphen sets the role apart.
        let bare = bare.replacen(" - ", " — ", 1);
        match bare.split_once([',', '—', '–']) {
            Some((name, role)) => {
                detail.push(role.trim().to_string());
                name.trim().to_string()
            }
            None => bare.to_string(),
        }
    } else {
        bare.to_string()
    };
    // IRC attendance writes "Kenta_Mori"; "ahmed_k" stays a nick.
    let spaced = name.replace('_', " ");
    let name = if spaced.starts_with(char::is_lowercase) && !name.contains(' ') {
        name
    } else {
        family_name_cased(&strip_honorific(&spaced))
    };
    let words = name.split_whitespace().count();
    let nick = words == 1 && !name.contains(|c: char| !(c.is_alphanumeric() || "-_".contains(c)));
    let is_bot = name.to_lowercase().ends_with("bot");
    // "48 MAG members", "MAG Chair: Ana": a count or a field, not a name.
    if name.contains(|c: char| c.is_ascii_digit() || c == ':') {
        return None;
    }
    let detail = detail
        .into_iter()
        .filter(|d| !d.is_empty())
        .collect::<Vec<_>>();
    // "Notes taken by Chloé Marchand" is a sentence, not a name: a name's
    // words are capitalised, but for particles ("de", "van", "bin").
    let capitalised = name.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase)
            || [
                "de", "da", "di", "do", "dos", "du", "van", "von", "der", "den", "bin", "al", "le",
                "la",
            ]
            .contains(&w)
    });
    ((1..=5).contains(&words) && (capitalised || nick) && !is_bot).then(|| {
        // "Chair" over "Ms. Adaeze OKONKWO-BRANDT (Nigeria)": both.
        let role = match (role, detail.is_empty()) {
            (role, true) => role.map(str::to_string),
            (Some(role), false) => Some(format!("{role}, {}", detail.join(", "))),
            (_, false) => Some(detail.join(", ")),
        };
        attendee(name.to_string(), role, code, handle)
    })
}

/// "SO Samuel Okafor": terse notes put the speaker code first, made of
/// the initials of the name after it; the code and the name.
pub fn code_first(entry: &str) -> Option<(&str, &str)> {
    let (first, name) = entry.split_once(' ')?;
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .collect();
    ((2..=4).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_uppercase())
        && initials == first)
        .then_some((first, name.trim()))
}

/// "Chair", "Vice-Chairs", "Observers", "Secretariat": a short heading
/// naming what the people under it are, not a new part of the record.
fn is_category_heading(title: &str) -> bool {
    let words = title.split_whitespace().count();
    // "Vice-Chairs" is chairs; "Contents" names no one.
    let last = title
        .rsplit([' ', '-'])
        .next()
        .unwrap_or(title)
        .to_lowercase();
    // "Special Adviser to the Chair": a role may name another.
    (1..=6).contains(&words)
        && PEOPLE.contains(&last.as_str())
        && !title.chars().any(|c| c.is_ascii_digit())
        && sections::purpose_of_title(title) == Purpose::Discussion
        && !["annex", "appendix", "agenda", "list"]
            .iter()
            .any(|w| title.to_lowercase().contains(w))
}

/// "Adaeze OKONKWO-BRANDT": UN lists write family names in capitals.
fn family_name_cased(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let upper = |w: &&str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    if !words.iter().any(|w| w.chars().any(char::is_lowercase)) || !words.iter().any(upper) {
        return name.to_string();
    }
    // "IGF Secretariat", "MAG Chair": a body or a role, its acronym kept.
    if words
        .iter()
        .any(|w| PEOPLE.contains(&w.to_lowercase().as_str()))
    {
        return name.to_string();
    }
    // "NAKAMURA Ken": the family name first, in capitals; written as the
    // record's prose writes names, given name first.
    // Not "IGF Secretariat": an acronym before the body it names.
    let family = |w: &&str| upper(w) && !w.contains('.') && w.chars().count() >= 4;
    let leading = words.iter().take_while(|w| family(w)).count();
    let mut words = words;
    let given = |w: &&str| !PEOPLE.contains(&w.to_lowercase().as_str());
    if leading > 0 && words[leading..].iter().all(|w| !upper(w) && given(w)) {
        words.rotate_left(leading);
    }
    words
        .iter()
        .map(|w| {
            if upper(w) {
                // "AL-SAADI" → "Al-Saadi": each part capitalised.
                w.split('-')
                    .map(|p| {
                        let lower = p.to_lowercase();
                        super::sections::upper_first(&lower)
                    })
                    .collect::<Vec<_>>()
                    .join("-")
            } else {
                (*w).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn strip_honorific(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1
        && ["mr", "mrs", "ms", "dr", "prof", "h.e", "h.e."]
            .contains(&words[0].trim_end_matches('.').to_ascii_lowercase().as_str())
    {
        words.remove(0);
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, inline: bool) -> Vec<(String, Option<String>)> {
        listed(text, None, inline)
            .into_iter()
            .map(|a| (a.participant.name, a.participant.role))
            .collect()
    }

    /// That the record lists these participants, with these roles.
    fn assert_roles(text: &str, want: &[(&str, Option<&str>)]) {
        let record = crate::record::read_text(text).expect("reads");
        let read: Vec<(&str, Option<&str>)> = record
            .participants
            .iter()
            .map(|p| (p.name.as_str(), p.role.as_deref()))
            .collect();
        assert_eq!(read, want);
    }

    #[test]
    fn a_role_in_brackets_in_a_tables_name_cell_is_the_role() {
        assert_roles(
            "# TSC meeting, 24 February 2026\n\n### Attendees\n\n\
             | Name | GitHub | Affiliation |\n|------|--------|-------------|\n\
             | Jonas Pfeiffer (co-chair) | @jpfeif | Eclipse Foundation |\n\
             | Adaeze Nnamdi | @adaeze-n | Linux Foundation |\n",
            &[
                ("Jonas Pfeiffer", Some("co-chair")),
                ("Adaeze Nnamdi", None),
            ],
        );
    }

    #[test]
    fn a_label_saying_who_was_present_lists_them() {
        assert_roles(
            "# Panel meeting, 21 January 2026\n\n\
             **Panel members present:** Amalia Restrepo-Vance (Chair), Sipho Ndlovu (Vice-Chair), Karin Bjørnstad\n",
            &[
                ("Amalia Restrepo-Vance", Some("Chair")),
                ("Sipho Ndlovu", Some("Vice-Chair")),
                ("Karin Bjørnstad", None),
            ],
        );
    }

    #[test]
    fn a_semicolon_in_brackets_parts_roles_not_people() {
        assert_eq!(
            names("Marcus Oyelaran (Chair; Northbridge Metro)", false),
            [(
                "Marcus Oyelaran".to_string(),
                Some("Chair; Northbridge Metro".to_string())
            )]
        );
        assert_eq!(names("Ana Lima; Bo Chen (guest; ISOC)", true).len(), 2);
    }

    #[test]
    fn columns_of_names_are_read_in_the_order_the_record_writes_them() {
        // Not in alphabetical order either way: the body says which column
        // holds the given name.
        assert_roles(
            "Summary\n\n1. Ms. Anna Wierzbicka reported on the interviews.\n\n\
             Annex II: List of participants\n\nMembers\nWierzbicka\tAnna\nAsante\tHana\nDvořák\tTomasz\n",
            &[
                ("Anna Wierzbicka", Some("Members")),
                ("Hana Asante", Some("Members")),
                ("Tomasz Dvořák", Some("Members")),
            ],
        );
    }

    #[test]
    fn a_label_with_a_long_aside_still_lists_who_attended() {
        assert_roles(
            "# NARALO Monthly Meeting\n\n**Date:** Monday, 9 March 2026\n\n\
             **Attendees (ALS representatives and individual members):** Ruth Abernathy (Chair), Kenji Watanabe\n",
            &[("Ruth Abernathy", Some("Chair")), ("Kenji Watanabe", None)],
        );
    }

    #[test]
    fn a_un_list_with_role_headings_and_family_names_in_capitals() {
        assert_roles(
            "SUMMARY REPORT\n\n1. The Group met on 14 May 2025.\n\nANNEX 1\nLIST OF PARTICIPANTS\n\n\
             Chair\n  Ms. Adaeze OKONKWO-BRANDT (Nigeria)\nVice-Chairs\n  Mr. Tomasz WIELGOSZ (Poland)\n\
             \x20 Mr. Hamid AL-SAADI (Oman)\n\nANNEX 2\nAGENDA\n\n1. Opening\n",
            &[
                ("Adaeze Okonkwo-Brandt", Some("Chair, Nigeria")),
                ("Tomasz Wielgosz", Some("Vice-Chairs, Poland")),
                ("Hamid Al-Saadi", Some("Vice-Chairs, Oman")),
            ],
        );
    }

    #[test]
    fn an_annex_line_over_its_list_and_a_roll_call_by_representative() {
        // After "Next steps", "Annex" / "List of participants" starts the
        // list: the names under their categories are people, no tasks.
        let record = crate::record::read_text(
            "Summary\n\n1. The group met on 12 March 2024.\n\nNext steps\n\n\
             (a) The Secretariat to update the list by 30 March;\n\n\n\
             Annex\nList of participants\n\nCo-facilitators\n\
             \x20  Ms. Adebisi Oyelaran, Dynamic Coalition on Accessibility (DCAD)\n",
        )
        .unwrap();
        assert_eq!(record.items.len(), 1, "{:?}", record.items);
        assert_eq!(record.participants[0].name, "Adebisi Oyelaran");
        assert_roles(
            "# Minutes\n\n## Attendees\n\n| Member organization | Representative | Present |\n|---|---|---|\n\
             | Halvorsen AS | Ingrid Halvorsen (@ihalvorsen), Chair | Yes |\n\
             | Norte Ltda. | Rodrigo Sampaio (@rsampaio) | No (regrets) |\n",
            &[("Ingrid Halvorsen", Some("Chair"))],
        );
    }

    #[test]
    fn a_line_naming_a_category_is_the_role_of_the_names_under_it() {
        assert_roles(
            "MAG meeting, 5 March 2025\n\nThe MAG met.\n\nAnnex: List of participants\n\n\
             MAG Chair\nCarla Reyes\n\nMAG members\nAmadou Diallo\nChen Wei\n\n\
             Host country\nLars Haugen\n",
            &[
                ("Carla Reyes", Some("MAG Chair")),
                ("Amadou Diallo", Some("MAG members")),
                ("Chen Wei", Some("MAG members")),
                ("Lars Haugen", Some("Host country")),
            ],
        );
    }

    #[test]
    fn entries_in_their_many_forms() {
        assert_eq!(
            names("Vogel, Andreas (Treasurer)", false),
            vec![("Andreas Vogel".into(), Some("Treasurer".into()))]
        );
        // A reversed name, its body, then its role after a dash; a family
        // name in capitals first.
        assert_eq!(
            names("Ferrer-Ibáñez, Lucía (CSIC) – WP2 lead", false),
            vec![("Lucía Ferrer-Ibáñez".into(), Some("CSIC, WP2 lead".into()))]
        );
        assert_eq!(
            names("NAKAMURA Ken (EO-Lab Tsukuba)", false)[0].0,
            "Ken Nakamura"
        );
        assert_eq!(family_name_cased("IGF Secretariat"), "IGF Secretariat");
        assert_eq!(
            names("H.E. Ms. OKONKWO-BERG Nadia", false)[0].0,
            "Nadia Okonkwo-Berg"
        );
        assert_eq!(
            names("Dr. Lena Vogt (President)", false),
            vec![("Lena Vogt".into(), Some("President".into()))]
        );
        assert_eq!(
            names("Carol Roach, MAG Chair", false),
            vec![("Carol Roach".into(), Some("MAG Chair".into()))]
        );
        // A handle, then the name with its code, then where from.
        let h = listed(
            "Done: @mvandenberg – Mieke van den Berg (MvB) – Grafton Labs",
            None,
            false,
        );
        assert_eq!(h[0].participant.name, "Mieke van den Berg");
        assert_eq!(h[0].participant.role.as_deref(), Some("Grafton Labs"));
        assert_eq!(h[0].person.code.as_deref(), Some("MvB"));
        assert_eq!(h[0].person.handle.as_deref(), Some("mvandenberg"));
        // Terse notes put the code first.
        let c = listed("SO Samuel Okafor, RB Rahel Bekele", None, false);
        assert_eq!(c[1].participant.name, "Rahel Bekele");
        assert_eq!(c[1].person.code.as_deref(), Some("RB"));
        let a = listed("Amara Okonkwo (AO), chair", None, false);
        assert_eq!(a[0].participant.name, "Amara Okonkwo");
        assert_eq!(a[0].person.code.as_deref(), Some("AO"));
        let b = listed("Nora Whitfield (NW, chair)", None, false);
        assert_eq!(b[0].person.code.as_deref(), Some("NW"));
        let c = listed("Mira Kapoor <mkapoor@example.com>", None, false);
        assert_eq!(c[0].person.handle.as_deref(), Some("mkapoor"));
        assert_eq!(names("ahmed_k", false)[0].0, "ahmed_k");
        let a = listed("Alba Ferreira @albaf (TSC Chair)", None, false);
        assert_eq!(a[0].person.handle.as_deref(), Some("albaf"));
        assert_eq!(a[0].participant.role.as_deref(), Some("TSC Chair"));
        assert_eq!(names("Ana Lima, Bo Chen, Cy Diaz (guest)", true).len(), 3);
        assert_eq!(names("kgarcia (54)", false), vec![("kgarcia".into(), None)]);
        assert!(names("zodbot (4)", false).is_empty());
        // A table row flattened into words.
        let row = listed("Tamar Levi @tamarl Cloudfold TSC", None, false);
        assert_eq!(row[0].participant.name, "Tamar Levi");
        assert_eq!(row[0].person.handle.as_deref(), Some("tamarl"));
        // Groups set apart by a semicolon, each listing several people.
        assert_eq!(
            names("Ana Lima, Bo Chen, Cy Diaz; Dee Eng (guest, Network)", true).len(),
            4
        );
        // Two chairs by their given names, not one name reversed.
        assert_eq!(listed("Ngozi, Tobias", Some("chair"), true).len(), 2);
        assert_eq!(names("Sunil_Raghavan, Tobias_Lindqvist", true).len(), 2);
    }
}
