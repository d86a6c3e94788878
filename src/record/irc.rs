//! Raw IRC logs (`14:02:10 <nick> text`, `[14:02] <nick> text`, MeetBot
//! `#action` commands) → blocks: bots, joins and commands dropped, scribe
//! corrections (`s/old/new/`) applied, `topic:` lines as headings, and the
//! tracker's echo of an action ("[on Full Name - due 2018-03-27]") kept as
//! an action with its owner's full name.

use chrono::NaiveTime;

use super::blocks::{Block, BlockKind, HeadingStyle};

/// One line of the log: who said what.
struct Message<'a> {
    line: usize,
    nick: &'a str,
    text: &'a str,
}

/// Whether most lines of the record are chat lines.
pub fn is_log(lines: &[&str]) -> bool {
    let sample: Vec<&&str> = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .take(200)
        .collect();
    let said = sample.iter().filter(|l| parse(l).is_some()).count();
    // "13:56:41 [RRSAgent]" over "RRSAgent has joined #maps": the W3C
    // text log writes who on one line and what on the next; both lines
    // are the log's.
    let split = sample
        .iter()
        .filter(|l| bracketed_nick(l).is_some())
        .count();
    // "* Name" is a `/me` line in a log but a bullet in markdown: such lines
    // count as chat only with a timestamp, and a log has people talking.
    let noise = sample
        .iter()
        .filter(|l| parse(l).is_none() && is_noise(l) && (stamped(l) || is_server_line(l)))
        .count();
    sample.len() >= 3 && said + split >= 2 && (said + 2 * split + noise) * 10 >= sample.len() * 7
}

/// "13:56:41 [RRSAgent]": the nick of a W3C text log's message, whose
/// text is the next line.
fn bracketed_nick(line: &str) -> Option<&str> {
    let rest = strip_stamp(line);
    if rest.len() == line.trim_start().len() {
        return None;
    }
    let nick = rest.trim_end().strip_prefix('[')?.strip_suffix(']')?;
    (!nick.is_empty() && nick.len() <= 32 && !nick.contains(char::is_whitespace)).then_some(nick)
}

/// Whether the line opens with a timestamp.
fn stamped(line: &str) -> bool {
    strip_stamp(line).len() < line.trim_start().len()
}

/// Join and quit lines only a chat client writes: `-!-`, `***`, `-->`, `<--`.
fn is_server_line(line: &str) -> bool {
    ["-!-", "***", "-->", "<--"]
        .iter()
        .any(|p| line.trim_start().starts_with(p))
}

/// Drops a leading timestamp: `14:02`, `14:02:10`, `[14:02:10]`,
/// `2018-03-20T14:02:10Z`, `2018-03-20 14:02:10`.
fn strip_stamp(line: &str) -> &str {
    let mut rest = line.trim_start();
    // HexChat and syslog-style logs open with the day: "Sep 12 16:05:10".
    if let Some((month, after)) = rest.split_once(' ')
        && month.len() == 3
        && super::due::is_month(month)
        && let Some((day, time)) = after.trim_start().split_once(' ')
        && (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && time.starts_with(|c: char| c.is_ascii_digit())
    {
        rest = time;
    }
    // "[2025-02-11 15:00:03]": a date and a time inside one pair of brackets.
    if let Some(inner) = rest.strip_prefix('[')
        && let Some(close) = inner.find(']').filter(|&c| c <= 32)
        && inner[..close].contains(' ')
        && inner[..close]
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '-' | '.' | ' ' | 'T' | 'Z' | '+'))
    {
        return inner[close + 1..].trim_start();
    }
    for _ in 0..2 {
        let bracketed = rest.starts_with('[');
        let body = rest.trim_start_matches('[');
        let end = body
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, ':' | '-' | 'T' | 'Z' | '.' | '+')))
            .unwrap_or(body.len());
        let stamp = &body[..end];
        let digits = stamp.chars().filter(char::is_ascii_digit).count();
        if digits < 4 || !stamp.contains(':') && !stamp.contains('-') {
            break;
        }
        let after = &body[end..];
        let after = if bracketed {
            after.strip_prefix(']').unwrap_or(after)
        } else {
            after
        };
        rest = after.trim_start();
    }
    rest
}

/// `<nick> text` after an optional timestamp; after a timestamp also
/// `nick: text` and `nick<TAB>text` (other clients' exports).
fn parse(line: &str) -> Option<(&str, &str)> {
    let rest = strip_stamp(line);
    let stamped = rest.len() < line.trim_start().len();
    if stamped && !rest.starts_with('<') {
        let (nick, text) = rest.split_once('\t').or_else(|| rest.split_once(": "))?;
        let nick = nick.trim().trim_end_matches(':');
        let plain = !nick.is_empty()
            && nick.len() <= 32
            && !nick.contains(char::is_whitespace)
            && !nick.starts_with(['-', '*', '=']);
        return plain.then(|| (nick.trim_start_matches(['@', '+']), text.trim()));
    }
    let rest = rest.strip_prefix('<')?;
    let close = rest.find('>')?;
    let nick = rest[..close].trim_start_matches(['@', '+', '%', '~', '&', ' ']);
    if nick.is_empty() || nick.contains(char::is_whitespace) || nick.len() > 32 {
        return None;
    }
    Some((nick, rest[close + 1..].trim()))
}

/// Join, part, quit and `/me` lines: `-!- x has joined`, `* x is back`.
fn is_noise(line: &str) -> bool {
    let rest = strip_stamp(line);
    ["-!-", "* ", "*\t", "***", "-->", "<--", "--", "==="]
        .iter()
        .any(|p| rest.starts_with(p))
}

fn is_bot(nick: &str) -> bool {
    let lower = nick.to_ascii_lowercase();
    lower.ends_with("bot")
        || [
            "rrsagent",
            "zakim",
            "meetbot",
            "github",
            "ghurlbot",
            "agendabot",
        ]
        .contains(&lower.as_str())
}

/// Lines that talk to the channel's machinery rather than record the meeting.
fn is_command(lower: &str) -> bool {
    let addressed = lower
        .split_once([',', ':'])
        .is_some_and(|(who, _)| is_bot(who.trim()));
    addressed
        || [
            "q+",
            "q-",
            "q?",
            "ack ",
            "present-",
            "regrets",
            "scribe",
            "agenda:",
            "agenda+",
            "#endmeeting",
            "#chair",
            "#startvote",
            "#vote",
            "#endvote",
            "#undo",
            "#help",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
        || lower == "ack"
        || lower.contains(" has joined #")
        || lower.contains(" has left #")
        || lower.contains(" has quit")
}

/// `label: value` when `text` starts with `label` (any case).
fn labelled<'a>(text: &'a str, label: &str) -> Option<&'a str> {
    let head = text.get(..label.len())?;
    head.eq_ignore_ascii_case(label)
        .then(|| text[label.len()..].trim())
}

/// "Created ACTION-213 - …": the tracker's number for the action.
fn action_number(text: &str) -> Option<&str> {
    let rest = &text[text.find("ACTION-")? + "ACTION-".len()..];
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// "created -> action #58 https://…" with `cue` "created -> action #":
/// the action's number.
fn issue_action<'a>(lower: &'a str, cue: &str) -> Option<&'a str> {
    let rest = &lower[lower.find(cue)? + cue.len()..];
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// "ACTION-213 due monday", "Set ACTION-213 Due Date to 2025-11-27.": the
/// action's number and its new date, as written.
fn due_change(text: &str) -> Option<(&str, &str)> {
    let text = text.trim().trim_end_matches('.');
    let text = labelled(text, "trackbot,").unwrap_or(text).trim();
    let text = text.strip_prefix("Set ").unwrap_or(text);
    let number = action_number(text).filter(|_| text.starts_with("ACTION-"))?;
    let after = &text["ACTION-".len() + number.len()..];
    let due = after
        .strip_prefix(" due ")
        .or_else(|| after.strip_prefix(" Due Date to "))?
        .trim();
    (!due.is_empty()).then_some((number, due))
}

/// "Created ACTION-52 - Write the tests [on Ana Lima - due 2018-03-27]."
/// → "ACTION: Ana Lima to write the tests - due 2018-03-27".
pub fn tracker_echo(text: &str) -> Option<String> {
    let rest = labelled(text, "created action-")?;
    let (_, rest) = rest.split_once(" - ")?;
    let open = rest.rfind("[on ")?;
    let task = rest[..open].trim();
    let meta = rest[open + 4..]
        .trim_end_matches(['.', ' '])
        .trim_end_matches(']');
    let (owner, due) = match meta.split_once(" - due ") {
        Some((owner, due)) => (owner.trim(), Some(due.trim())),
        None => (meta.trim(), None),
    };
    let mut chars = task.chars();
    let first = chars.next()?;
    let task: String = first.to_lowercase().chain(chars).collect();
    Some(match due {
        Some(due) => format!("ACTION: {owner} to {task} - due {due}"),
        None => format!("ACTION: {owner} to {task}"),
    })
}

/// Whether an action line names its own date or day ("by Nov 20", "due
/// Monday"), which the tracker's default date must not replace.
fn has_own_date(text: &str) -> bool {
    !super::due::find_dates(text).is_empty()
        || text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| super::due::is_weekday(w) || w.eq_ignore_ascii_case("tomorrow"))
}

/// "Katharina_Brandt, Hyun-ki_Lee.": the names a bot lists, written as
/// people write them.
fn underscored_names(list: &str) -> impl Iterator<Item = String> + '_ {
    list.split(',')
        .map(|n| n.trim().trim_end_matches('.').replace('_', " "))
}

/// `s/old/new/` or `s|old|new|g`: (old, new, every occurrence).
fn correction(text: &str) -> Option<(&str, &str, bool)> {
    let rest = text.strip_prefix("s")?;
    let sep = rest.chars().next().filter(|c| matches!(c, '/' | '|'))?;
    let parts: Vec<&str> = rest[1..].split(sep).collect();
    match parts.as_slice() {
        [old, new, flags] if !old.is_empty() && flags.len() <= 1 => Some((old, new, *flags == "g")),
        [old, new] if !old.is_empty() => Some((old, new, false)),
        _ => None,
    }
}

#[derive(Default)]
struct Log {
    blocks: Vec<Block>,
    /// Who takes the minutes: their lines open with the speaker's name;
    /// anyone else's "ana: …" speaks to ana.
    scribes: Vec<String>,
    title: Option<(usize, String)>,
    date: Option<(usize, String)>,
    people: Vec<String>,
    /// Nicks that said something, in order: they attended too.
    speakers: Vec<String>,
    /// The one nick the last `ACTION:` line was given to, until the
    /// tracker's echo names its owner in full.
    action_nick: Option<String>,
    /// The tracker's number for each action line ("Created ACTION-213"),
    /// for a later "ACTION-213 due 27 November".
    numbered: Vec<(String, usize)>,
    /// The line of an action the tracker just refused ("Error finding
    /// 'greg'"): the scribe's next `ACTION:` gives it again, and readers
    /// keep it where it was first given. A line, not an index: a closed
    /// action may be taken out of `blocks` in between.
    refused: Option<usize>,
}

impl Log {
    fn message(&mut self, m: &Message<'_>) {
        let text = m.text;
        let lower = text.to_lowercase();
        // "'ps-reyes' is an ambiguous username": the tracker refused the
        // action just given; the scribe gives it again, to a name it knows.
        if (lower.contains("ambiguous username")
            || lower.contains("couldn't find user")
            || lower.contains("error finding '"))
            && let Some(k) = self.recent_action(m.line)
            && !self.numbered.iter().any(|(_, n)| *n >= k)
        {
            self.refused = Some(self.blocks[k].line);
            return;
        }
        if let Some(echo) = tracker_echo(text) {
            if let Some(owner) = echo
                .strip_prefix("ACTION: ")
                .and_then(|e| e.split_once(" to "))
                .map(|(o, _)| o.to_string())
            {
                // "ACTION: pal to …" answered by "[on Pierre Lamarche …]":
                // the tracker says whose nick that is.
                // "[on Manpreet Kaur, Oskar Hansen - due …]": two people.
                let several = owner.contains(", ");
                match self.action_nick.take() {
                    Some(nick) if owner.contains(' ') && !several => {
                        self.people.push(format!("{owner} (@{nick})"));
                    }
                    _ => self
                        .people
                        .extend(owner.split(", ").map(|o| o.trim().to_string())),
                }
            }
            // The echo of the ACTION line just above is that action: its
            // due date goes to the line when the line gives none (the
            // tracker's default of a week), and nothing else is kept.
            if let Some(k) = self.recent_action(m.line) {
                if let Some(number) = action_number(text) {
                    self.numbered.push((number.to_string(), k));
                }
                if let Some((_, due)) = echo.rsplit_once(" - due ")
                    && !has_own_date(&self.blocks[k].text)
                {
                    let due = format!(" - due {}", due.trim());
                    self.blocks[k].text.push_str(&due);
                }
                return;
            }
            self.push(m.line, BlockKind::Paragraph, echo, None);
            return;
        }
        // GitHub's bot files each action as an issue: "Created -> action
        // #58 https://…"; "close action #58" (or "Closed -> action #58")
        // withdraws it, and it is no action of this meeting.
        if let Some(number) = issue_action(&lower, "created -> action #")
            && let Some(k) = self.recent_action(m.line)
        {
            self.numbered.push((format!("#{number}"), k));
            return;
        }
        // The tracker's own: "trackbot, close ACTION-58".
        if let Some(number) = issue_action(&lower, "close action #")
            .or_else(|| issue_action(&lower, "closed -> action #"))
            .map(|n| format!("#{n}"))
            .or_else(|| issue_action(&lower, "close action-").map(str::to_string))
            && let Some(at) = self.numbered.iter().position(|(n, _)| *n == number)
        {
            let (_, k) = self.numbered.remove(at);
            self.blocks.remove(k);
            for (_, later) in &mut self.numbered {
                if *later > k {
                    *later -= 1;
                }
            }
            return;
        }
        // "ACTION-213 due 27 November", "trackbot, ACTION-235 due
        // 2026-05-11", the tracker's "Set ACTION-213 Due Date to
        // 2025-11-27.": the action's new date replaces the one it had.
        if let Some((number, due)) = due_change(text)
            && let Some(&(_, k)) = self.numbered.iter().rev().find(|(n, _)| *n == number)
        {
            let block = &mut self.blocks[k].text;
            if let Some(at) = block.rfind(" - due ") {
                block.truncate(at);
            }
            if !has_own_date(block) {
                block.push_str(&format!(" - due {due}"));
            }
            return;
        }
        // Zakim announces the agenda item taken up: "agendum 2 -- Spec
        // editing -- taken up [from nadia]".
        if is_bot(m.nick)
            && let Some(rest) = labelled(text, "agendum ")
            && let Some((_, rest)) = rest.split_once(" -- ")
            && let Some((title, _)) = rest.rsplit_once(" -- taken up")
        {
            self.push(
                m.line,
                BlockKind::Heading(HeadingStyle::Markup(1)),
                title.trim().to_string(),
                None,
            );
            return;
        }
        // MeetBot announces the meeting with its date and start time.
        if is_bot(m.nick) && lower.starts_with("meeting started") {
            self.date.get_or_insert((m.line, text.to_string()));
            return;
        }
        // "scribe+ tbenson", or a bare "scribe+" by whoever takes the notes.
        for label in ["scribenick:", "scribe:", "scribe+"] {
            if let Some(rest) = labelled(text, label) {
                // "<shreya_k> Scribe: Shreya Kulkarni": who the nick is.
                let words: Vec<&str> = rest.split_whitespace().collect();
                if label == "scribe:"
                    && (2..=4).contains(&words.len())
                    && words.iter().all(|w| w.starts_with(char::is_uppercase))
                    && !rest.contains(',')
                {
                    self.people.push(format!("{} @{}", rest.trim(), m.nick));
                    self.scribes.push(m.nick.to_lowercase());
                    return;
                }
                let before = self.scribes.len();
                self.scribes.extend(
                    rest.split([',', ' '])
                        .filter(|n| !n.is_empty())
                        .map(str::to_lowercase),
                );
                if self.scribes.len() == before {
                    self.scribes.push(m.nick.to_lowercase());
                }
                return;
            }
        }
        // A bot that introduces people: "oksana_v: oksana 'Oksana
        // Velychko' <oksana@example.org>" names the nick's owner in full.
        if is_bot(m.nick)
            && let Some((nick, rest)) = text.split_once(": ")
            && let Some((_, quoted)) = rest.split_once(" '")
            && let Some((full, _)) = quoted.split_once("' <")
            && full.split_whitespace().count() >= 2
            && !nick.contains(char::is_whitespace)
        {
            self.people.push(format!("{full} @{nick}"));
            return;
        }
        // Zakim sums up: "As of this point the attendees have been
        // Katharina_Brandt, Hyun-ki_Lee, …": their names in full.
        if is_bot(m.nick)
            && let Some((_, names)) = text.split_once("attendees have been ")
        {
            self.people
                .extend(underscored_names(names).filter(|n| !n.is_empty()));
            return;
        }
        // "<lumenbot> Present: Rhea_Okonkwo, Dana_Vasquez": a bot's roll
        // of those present, in full names.
        if is_bot(m.nick)
            && let Some(names) = labelled(text, "present:")
            && names.contains('_')
        {
            self.people
                .extend(underscored_names(names).filter(|n| n.contains(' ')));
            return;
        }
        // trackbot opens a W3C call with "Meeting: …" and "Date: …" too.
        if is_bot(m.nick) && self.header_field(m) {
            return;
        }
        if is_bot(m.nick) || is_command(&lower) {
            return;
        }
        // Whoever speaks attends.
        if !self.speakers.iter().any(|s| s == m.nick) {
            self.speakers.push(m.nick.to_string());
        }
        if let Some((old, new, all)) = correction(text) {
            self.correct(old, new, all);
            return;
        }
        if let Some(rest) = labelled(text, "action:") {
            self.action_nick = rest
                .split_once(" to ")
                .map(|(o, _)| {
                    o.trim()
                        .trim_end_matches(|c: char| c == '_' || c.is_ascii_digit())
                })
                .filter(|o| !o.is_empty() && !o.contains(char::is_whitespace))
                .map(str::to_string);
        }
        if let Some(rest) = labelled(text, "present+") {
            let names: Vec<String> = rest
                .split([',', ' '])
                .filter(|n| !n.is_empty())
                .map(|n| n.replace('_', " "))
                .collect();
            if names.is_empty() {
                self.people.push(m.nick.to_string());
            }
            // "<olu> present+ Olumide_Ade", "<pal_> present+ Pierre_Lamarche":
            // someone adding themselves under a nick made of their name's
            // letters is known by that nick too; a scribe adding someone
            // else ("<nmegs> present+ Cyril_Conan") is not.
            let nick = m
                .nick
                .trim_end_matches(|c: char| c == '_' || c.is_ascii_digit());
            // "<pjw> present+ Piotr_Wisniewski", "<tomek> present+ Tomasz_…":
            // a nick that starts as one of the name's words does.
            let starts_alike = |name: &str| {
                let first = super::roster::fold(nick).chars().next();
                nick.len() >= 2
                    && super::roster::fold(name)
                        .split([' ', '-'])
                        .any(|w| w.chars().next() == first)
            };
            if let [name] = names.as_slice()
                && (super::roster::nick_fits(nick, name) || starts_alike(name))
            {
                self.people.push(format!("{name} (@{nick})"));
                return;
            }
            self.people.extend(names);
            return;
        }
        for label in ["chair:", "chairs:", "#chair"] {
            if let Some(rest) = labelled(text, label) {
                // "Chair: Rémi Laurent" is one person; "#chair ana bo" two.
                let words: Vec<&str> = rest.split_whitespace().collect();
                let one_name = !rest.contains(',')
                    && (2..=3).contains(&words.len())
                    && words.iter().all(|w| w.starts_with(char::is_uppercase));
                let separators: &[char] = if one_name { &[','] } else { &[',', ' '] };
                // "chairs to schedule a call": whom the line made chairs.
                self.people.extend(
                    rest.split(separators)
                        .map(str::trim)
                        .filter(|n| !n.is_empty())
                        .map(|n| format!("{} (chair)", n.replace('_', " "))),
                );
                return;
            }
        }
        if self.header_field(m) {
            return;
        }
        for (label, level) in [("topic:", 1), ("#topic", 1), ("subtopic:", 2)] {
            if let Some(rest) = labelled(text, label) {
                // "topic: 1. Status of the work plan": the title, unnumbered.
                self.push(
                    m.line,
                    BlockKind::Heading(HeadingStyle::Markup(level)),
                    super::text::unnumbered(rest).to_string(),
                    None,
                );
                return;
            }
        }
        // MeetBot commands carry the same markers as scribed minutes.
        for (command, marker) in [
            ("#action", "ACTION:"),
            ("#agreed", "AGREED:"),
            ("#info", ""),
            ("#idea", "IDEA:"),
            ("#link", ""),
        ] {
            if let Some(rest) = labelled(text, command) {
                let text = format!("{marker} {rest}").trim().to_string();
                self.push(m.line, BlockKind::Paragraph, text, Some(m.nick));
                return;
            }
        }
        self.push(m.line, BlockKind::Paragraph, text.to_string(), Some(m.nick));
    }

    /// "Meeting: …" names the meeting, whatever it is; "Date: …" dates it.
    fn header_field(&mut self, m: &Message<'_>) -> bool {
        for label in ["meeting:", "#startmeeting"] {
            if let Some(rest) = labelled(m.text, label) {
                self.title
                    .get_or_insert((m.line, format!("Meeting: {rest}")));
                return true;
            }
        }
        if let Some(rest) = labelled(m.text, "date:") {
            self.date.get_or_insert((m.line, rest.to_string()));
            return true;
        }
        false
    }

    /// The `ACTION:` line a tracker's echo on `line` answers: one of the
    /// last few blocks, said a few lines before.
    fn recent_action(&self, line: usize) -> Option<usize> {
        let from = self.blocks.len().saturating_sub(3);
        (from..self.blocks.len()).rev().find(|&k| {
            let b = &self.blocks[k];
            b.line + 5 >= line && labelled(&b.text, "action:").is_some()
        })
    }

    fn push(&mut self, mut line: usize, kind: BlockKind, text: String, nick: Option<&str>) {
        // Given again soon after: the new line replaces the refused one,
        // which stays when never given again.
        if let Some(first) = self.refused.take()
            && let Some(k) = self
                .blocks
                .iter()
                .rposition(|b| b.line == first && labelled(&b.text, "action:").is_some())
        {
            if line <= first + 8 && labelled(&text, "action:").is_some() {
                self.blocks.remove(k);
                // Readers keep it where it was first given, when nothing
                // was said between.
                if self.blocks.last().is_none_or(|b| b.line < first) {
                    line = first;
                }
            } else if line <= first + 8 {
                self.refused = Some(first);
            }
        }
        let mut block = Block::plain(kind, line, text);
        block.speaker = nick.map(str::to_string);
        self.blocks.push(block);
    }

    /// The scribe's correction applies to the latest line that has the text.
    fn correct(&mut self, old: &str, new: &str, all: bool) {
        let recent = self.blocks.len().saturating_sub(50);
        if let Some(block) = self.blocks[recent..]
            .iter_mut()
            .rev()
            .find(|b| b.text.contains(old))
        {
            block.text = if all {
                block.text.replace(old, new)
            } else {
                block.text.replacen(old, new, 1)
            };
        }
    }
}

/// A date in the log's own address ("…/2018/03/20-wot-irc"), the day the
/// log was opened, when no `Date:` line says it.
fn date_in_address(lines: &[&str]) -> Option<(usize, String)> {
    lines.iter().take(50).enumerate().find_map(|(i, line)| {
        let bytes = line.as_bytes();
        (0..bytes.len().saturating_sub(10)).find_map(|k| {
            let candidate = line.get(k..k + 10)?;
            let b = candidate.as_bytes();
            let shape = b.iter().enumerate().all(|(j, c)| {
                if j == 4 || j == 7 {
                    *c == b'/'
                } else {
                    c.is_ascii_digit()
                }
            });
            (shape && bytes.get(k.wrapping_sub(1)) == Some(&b'/'))
                .then(|| (i + 1, candidate.replace('/', "-")))
        })
    })
}

/// The day an irssi or weechat log was opened ("--- Log opened Thu Mar 05
/// 14:48:33 2026"), when no line of the meeting says it.
fn date_log_opened(lines: &[&str]) -> Option<(usize, String)> {
    lines.iter().take(20).enumerate().find_map(|(i, line)| {
        let rest = line.trim().strip_prefix("--- Log opened ")?;
        // "Thu Mar 05 14:48:33 2026": as a mail archive dates a message.
        let date = super::meta::archive_sent_date(rest)?;
        Some((i + 1, date.to_string()))
    })
}

/// When the meeting began, in UTC: as the log says it ("Agenda: … (call
/// starts 15:00 UTC)", "meeting: WoT TF (16:00 CEST)"), else by the log's
/// clock. The logger and the bots join a few minutes early ("14:51:07
/// <RRSAgent> logging to …" for a 15:00 call), so the first stamp's time
/// is taken up to the half hour; loggers stamp in UTC.
fn opening_time(lines: &[&str]) -> Option<(usize, NaiveTime)> {
    let mut said = lines.iter().enumerate().take(80).filter_map(|(i, l)| {
        let text = strip_stamp(l);
        let lower = text.to_ascii_lowercase();
        // The meeting's own lines, not "before Thursday's call at 15:00".
        let body = lower.split_once("> ").map_or(lower.as_str(), |(_, b)| b);
        // "-!- Topic for #wot-td: … call Thu 5 Mar 15:00 JST (06:00 UTC)":
        // the channel's topic gives the call's time.
        let header = ["meeting", "agenda", "date"]
            .iter()
            .any(|w| body.starts_with(w))
            || [
                "call starts",
                "meeting starts",
                "meeting started",
                "topic for #",
                "changed the topic to",
            ]
            .iter()
            .any(|w| body.contains(w));
        header
            .then(|| super::clock::find_times(text))?
            .into_iter()
            .find_map(|t| t.offset.map(|o| (i + 1, t.time, o)))
    });
    if let Some((line, time, offset)) = said.next() {
        let utc = time - chrono::Duration::minutes(i64::from(offset));
        return Some((line, utc));
    }
    lines.iter().enumerate().take(20).find_map(|(i, l)| {
        let line = l.trim_start();
        let stamp = &line[..line.len() - strip_stamp(l).len()];
        let clock = stamp
            .split(|c: char| !(c.is_ascii_digit() || c == ':'))
            .find(|p| p.contains(':'))?;
        let mut parts = clock.split(':');
        let hour: u32 = parts.next()?.parse().ok()?;
        let minute: u32 = parts.next()?.parse().ok()?;
        let seconds = hour.checked_mul(3600)? + minute * 60;
        let half_hours = seconds.div_ceil(1800) % 48;
        NaiveTime::from_num_seconds_from_midnight_opt(half_hours * 1800, 0).map(|t| (i + 1, t))
    })
}

/// "<cpn> Nigel: the charter expires …" then "<cpn> ... I will update
/// it": the scribe goes on with the same speaker's words, so the "I" is
/// Nigel's, not the scribe's.
fn continue_speakers(blocks: &mut [Block]) {
    let mut last: Option<String> = None;
    for block in blocks.iter_mut() {
        if matches!(block.kind, BlockKind::Heading(_)) {
            last = None;
        }
        if !block.names_speaker {
            continue;
        }
        let text = block.text.trim_start();
        if text.starts_with("...") || text.starts_with('…') {
            if let Some(label) = &last {
                block.speaker = Some(label.clone());
                block.names_speaker = false;
            }
            continue;
        }
        let said = super::speaker::opening(text, block.speaker.as_deref(), true, &|_| false);
        // "<kasia_w> kasia: …": the scribe speaking, known best by the nick.
        let own = |label: &str| {
            block
                .speaker
                .as_deref()
                .is_some_and(|n| n.to_lowercase().starts_with(&label.to_lowercase()))
        };
        last = said
            .speaker
            .filter(|s| said.mark.is_none() && said.body > 0 && !own(s));
    }
}

pub fn read(lines: &[&str]) -> Vec<Block> {
    let mut log = Log::default();
    // A message a viewer wrapped goes on, indented, on the lines under it.
    let mut pending: Option<(usize, &str, String)> = None;
    let flush = |log: &mut Log, pending: &mut Option<(usize, &str, String)>| {
        if let Some((line, nick, text)) = pending.take()
            && !text.is_empty()
        {
            log.message(&Message {
                line,
                nick,
                text: &text,
            });
        }
    };
    let mut skip = false;
    for (i, line) in lines.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        if let Some(nick) = bracketed_nick(line)
            && let Some(text) = lines
                .get(i + 1)
                .filter(|t| !t.trim().is_empty() && !stamped(t))
        {
            flush(&mut log, &mut pending);
            pending = Some((i + 2, nick, text.trim().to_string()));
            skip = true;
        } else if let Some((nick, text)) = parse(line) {
            flush(&mut log, &mut pending);
            let text = text.strip_prefix("\u{1}ACTION").unwrap_or(text);
            pending = Some((i + 1, nick, text.to_string()));
        } else if line.starts_with([' ', '\t'])
            && !line.trim().is_empty()
            && let Some((_, _, text)) = pending.as_mut()
        {
            text.push(' ');
            text.push_str(line.trim());
        } else {
            flush(&mut log, &mut pending);
        }
    }
    flush(&mut log, &mut pending);
    for block in &mut log.blocks {
        block.names_speaker = block
            .speaker
            .as_ref()
            .is_some_and(|nick| log.scribes.contains(&nick.to_lowercase()));
    }
    continue_speakers(&mut log.blocks);
    let mut head = Vec::new();
    if let Some((line, title)) = log.title.take() {
        head.push(Block::plain(BlockKind::Paragraph, line, title));
    }
    let stamped_date = || {
        // "2018-03-20T14:02:10 <ana> …": the day of the first stamped line.
        lines.iter().enumerate().take(50).find_map(|(i, l)| {
            let head = l.trim_start().trim_start_matches('[').get(..10)?;
            let b = head.as_bytes();
            let shape = b[4] == b'-'
                && b[7] == b'-'
                && b.iter()
                    .enumerate()
                    .all(|(j, c)| j == 4 || j == 7 || c.is_ascii_digit());
            shape.then(|| (i + 1, head.to_string()))
        })
    };
    if let Some((line, date)) = log
        .date
        .take()
        .or_else(|| date_in_address(lines))
        .or_else(|| date_log_opened(lines))
        .or_else(stamped_date)
    {
        head.push(Block::plain(BlockKind::Paragraph, line, date));
    }
    if let Some((line, start)) = opening_time(lines) {
        head.push(Block::plain(
            BlockKind::Paragraph,
            line,
            format!("{} UTC", start.format("%H:%M")),
        ));
    }
    let mut people: Vec<String> = Vec::new();
    for p in log.people.drain(..) {
        if !people.iter().any(|q| q.eq_ignore_ascii_case(&p)) {
            people.push(p);
        }
    }
    // Who speaks attends, unless the list already has them by name:
    // "pal_" is the "Pierre Lamarche (@pal)" listed.
    let listed = people.len();
    for nick in std::mem::take(&mut log.speakers) {
        let plain = nick.trim_end_matches(|c: char| c == '_' || c.is_ascii_digit());
        let handle = format!("(@{plain})");
        let known = people[..listed]
            .iter()
            .any(|q| q.eq_ignore_ascii_case(&nick) || q.ends_with(&handle));
        // "tomo_h" speaking, "Tomoko Hirata" listed by someone else: the
        // nick is hers when her name alone has its letters in order.
        let fits: Vec<usize> = (0..listed)
            .filter(|&k| people[k].contains(' ') && super::roster::nick_fits(plain, &people[k]))
            .collect();
        if !known && let [k] = fits[..] {
            if !people[k].ends_with(')') {
                people[k] = format!("{} (@{plain})", people[k]);
            }
            continue;
        }
        let known = known || !fits.is_empty();
        if !known && !people.iter().any(|q| q.eq_ignore_ascii_case(&nick)) {
            people.push(nick);
        }
    }
    if !people.is_empty() {
        let line = log.blocks.last().map_or(1, |b| b.line);
        log.blocks.push(Block::plain(
            BlockKind::Heading(HeadingStyle::Markup(1)),
            line,
            "Attendees".to_string(),
        ));
        log.blocks
            .push(Block::plain(BlockKind::Paragraph, line, people.join(", ")));
    }
    head.extend(log.blocks);
    head
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(log: &str) -> Vec<String> {
        let lines: Vec<&str> = log.lines().collect();
        read(&lines).into_iter().map(|b| b.text).collect()
    }

    /// The ACTION blocks of a log read under a date line, with the line
    /// each is given on.
    fn action_lines(log: &str) -> Vec<(usize, String)> {
        let mut lines = super::super::text::lines(log);
        lines.insert(0, "Date: 10 March 2026");
        read(&lines)
            .into_iter()
            .filter(|b| b.text.starts_with("ACTION:"))
            .map(|b| (b.line, b.text))
            .collect()
    }

    #[test]
    fn a_log_without_a_date_line_is_dated_by_its_stamps() {
        let t = texts(
            "2018-03-20T14:00:01Z <ana> hi\n2018-03-20T14:00:02Z <bo> ACTION: bo to call\n2018-03-20T14:00:03Z <ana> ok\n",
        );
        assert_eq!(t[0], "2018-03-20");
    }

    #[test]
    fn a_w3c_text_log_gives_who_and_what_on_two_lines() {
        let lines: Vec<&str> = "13:56:41 [RRSAgent]\nRRSAgent has joined #maps\n\
             13:59:40 [tvrba]\npresent+ Tomas_Vrba\n\
             14:01:09 [kwame_a]\nscribe: ruth_o\n\
             14:05:40 [ruth_o]\ntvrba: I'll update the explainer by Friday\n\
             14:06:00 [ruth_o]\nkwame_a: thanks\n"
            .lines()
            .collect();
        assert!(is_log(&lines));
        let update = read(&lines)
            .into_iter()
            .find(|b| b.text.contains("explainer"))
            .expect("the scribed line is read");
        assert_eq!(
            (update.line, update.speaker.as_deref()),
            (8, Some("ruth_o"))
        );
    }

    #[test]
    fn a_scribes_continued_line_is_the_last_named_speakers() {
        let lines: Vec<&str> = "16:00:15 <nigel> scribe: cpn\n\
             16:14:20 <cpn> Nigel: The current charter expires 30 April\n\
             16:14:46 <cpn> ... I will update the charter draft by next Wednesday\n\
             16:14:50 <cpn> cpn: I'll check the dates\n\
             16:14:55 <cpn> ... and I'll tell the Team\n"
            .lines()
            .collect();
        let blocks = read(&lines);
        let who = |part: &str| {
            let b = blocks.iter().find(|b| b.text.contains(part)).unwrap();
            (b.speaker.clone(), b.names_speaker)
        };
        assert_eq!(who("I will update"), (Some("Nigel".to_string()), false));
        // The scribe speaking for herself stays the scribe.
        assert_eq!(who("tell the Team"), (Some("cpn".to_string()), true));
    }

    #[test]
    fn a_scribe_who_gives_a_full_name_is_known_by_it() {
        let lines: Vec<&str> = "10:00:44 <shreya_k> present+\n\
             10:02:11 <ravi_m> scribenick: shreya_k\n\
             10:02:20 <shreya_k> Scribe: Shreya Kulkarni\n\
             10:02:40 <shreya_k> shreya: I'll review the draft by Monday\n"
            .lines()
            .collect();
        let mut log = Log::default();
        for (i, line) in lines.iter().enumerate() {
            let (nick, text) = parse(line).expect("a chat line");
            log.message(&Message {
                line: i + 1,
                nick,
                text,
            });
        }
        assert!(
            log.people
                .contains(&"Shreya Kulkarni @shreya_k".to_string())
        );
        assert!(log.scribes.contains(&"shreya_k".to_string()));
    }

    #[test]
    fn wrapped_messages_and_refused_actions() {
        let t = texts(
            "14:17:15 <ms> ACTION: Tove to review the proposal and summarise the\n\
             \x20                  licensing questions\n\
             14:17:17 <trackbot> Created ACTION-59 - Review the proposal [on Tove Berg - due 2026-03-11].\n\
             14:18:00 <ms> ACTION: ps-reyes to promote the survey\n\
             14:18:01 <trackbot> 'ps-reyes' is an ambiguous username.\n\
             14:18:30 <ms> ACTION: psanchez to promote the survey\n",
        );
        assert!(
            t.iter().any(|b| b
                == "ACTION: Tove to review the proposal and summarise the licensing questions - due 2026-03-11"),
            "{t:?}"
        );
        assert!(!t.iter().any(|b| b.contains("ps-reyes to")), "{t:?}");
        // Refused, then given again: kept once, where first given.
        let log = "14:18:00 <ms> ACTION: greg to contact the maintainers
             14:18:01 <trackbot> Error finding 'greg'. You can review and register nicknames.
             14:18:30 <ms> ACTION: gfuchs to contact the maintainers
             14:19:00 <ms> ACTION: lea to file the bug
             14:19:01 <trackbot> Error finding 'lea'.
             14:19:30 <ms> we move on
";
        assert_eq!(
            action_lines(log),
            [
                (2, "ACTION: gfuchs to contact the maintainers".to_string()),
                (5, "ACTION: lea to file the bug".to_string())
            ]
        );
        // A closed action taken out between the refusal and the next line
        // moves the blocks after it; the refused one is still found.
        let log = "14:10:00 <ms> ACTION: ana to draft the note\n\
             14:10:01 <trackbot> Created ACTION-58 - Draft the note [on Ana Lima - due 2026-03-17].\n\
             14:18:00 <ms> ACTION: greg to contact the maintainers\n\
             14:18:01 <trackbot> Error finding 'greg'.\n\
             14:18:10 <ms> trackbot, close ACTION-58\n\
             14:18:30 <ms> ACTION: gfuchs to contact the maintainers\n";
        assert_eq!(
            action_lines(log),
            [(4, "ACTION: gfuchs to contact the maintainers".to_string())]
        );
        assert!(t.iter().any(|b| b.contains("psanchez to")), "{t:?}");
    }

    #[test]
    fn a_later_due_change_replaces_the_trackers_date() {
        let t = texts(
            "14:18:50 <jlm> ACTION: tnguyen to prepare the form\n\
             14:18:52 <trackbot> Created ACTION-213 - Prepare the form [on Thi Lan Nguyen - due 2025-11-20].\n\
             14:19:10 <jlm> ACTION-213 due 27 November\n\
             14:19:11 <trackbot> Set ACTION-213 Due Date to 2025-11-27.\n",
        );
        assert!(
            t.iter()
                .any(|b| b == "ACTION: tnguyen to prepare the form - due 2025-11-27"),
            "{t:?}"
        );
    }

    #[test]
    fn a_closed_action_is_withdrawn() {
        let t = texts(
            "14:11:30 <sbhatt> ACTION: tpark to draft the eviction note\n\
             14:11:31 <ghurlbot> Created -> action #58 https://github.com/w3c/os/issues/58\n\
             14:11:52 <sbhatt> tpark: sorry, I can't take that\n\
             14:12:10 <mlaurent> close action #58\n\
             14:12:11 <ghurlbot> Closed -> action #58 https://github.com/w3c/os/issues/58\n\
             14:12:30 <sbhatt> ACTION: Mathilde to draft the eviction note\n\
             14:12:31 <ghurlbot> Created -> action #59 https://github.com/w3c/os/issues/59\n\
             14:13:00 <jlm> ACTION: tnguyen to prepare the form\n\
             14:13:02 <trackbot> Created ACTION-213 - Prepare the form [on Thi Lan Nguyen - due 2025-11-20].\n\
             14:13:10 <jlm> trackbot, close ACTION-213\n",
        );
        let actions: Vec<_> = t.iter().filter(|b| b.starts_with("ACTION:")).collect();
        assert_eq!(actions, ["ACTION: Mathilde to draft the eviction note"]);
    }

    #[test]
    fn an_irssi_log_is_dated_when_opened_and_timed_by_its_topic() {
        let log = "--- Log opened Thu Mar 05 14:48:33 2026\n\
                   14:48 -!- Topic for #wot-td: WoT TD TF | call Thu 5 Mar 15:00 JST (06:00 UTC) | agenda\n\
                   15:03 <riyer> topic: open actions\n";
        let texts = texts(log);
        assert_eq!(texts[0], "2026-03-05");
        assert_eq!(texts[1], "06:00 UTC");
    }

    #[test]
    fn a_log_starts_at_the_half_hour_after_its_first_stamp() {
        let at = |log: &str| {
            let lines: Vec<&str> = log.lines().collect();
            opening_time(&lines).map(|(_, t)| t.format("%H:%M").to_string())
        };
        assert_eq!(
            at("14:51:07 <RRSAgent> logging\n14:52:00 <ana> hi").as_deref(),
            Some("15:00")
        );
        assert_eq!(
            at("[2025-02-11 15:00:03] <ana> hi").as_deref(),
            Some("15:00")
        );
        // The log that says when the call starts is read for it instead.
        assert_eq!(
            at("14:40 <ana> agenda: x (call starts 16:00 CEST)").as_deref(),
            Some("14:00")
        );
        assert_eq!(at("<ana> hi"), None);
    }

    #[test]
    fn recognises_chat_logs() {
        assert!(is_log(&[
            "[2025-02-11 15:00:03] <a> hi",
            "[2025-02-11 15:00:04] <b> hello",
            "[2025-02-11 15:00:05] <a> ok"
        ]));
        assert!(is_log(&[
            "14:00 <a> hi",
            "[14:01] <b> hello",
            "14:02:10 <a> ok"
        ]));
        assert!(!is_log(&["Minutes", "", "- The chair will call.", "Text"]));
        assert!(is_log(&[
            "[14:00] ana: hi",
            "[14:01] bo: hello",
            "[14:02] ana: ok"
        ]));
        assert!(is_log(&[
            "2018-03-20 14:00:01\tana\thi",
            "2018-03-20 14:00:02\tbo\tok",
            "2018-03-20 14:00:03\tana\tyes"
        ]));
        // Minutes that only open lines with times are not a chat.
        assert!(!is_log(&[
            "14:00 Opening",
            "14:10 Budget: the chair will call",
            "Text"
        ]));
        // A markdown attendee list: bullets, not `/me` lines.
        assert!(!is_log(&[
            "# TSC Meeting",
            "* Ana Lima @ana (chair)",
            "* Bo Chen @bo",
            "* Cy Díaz @cy",
            "* Dana Ono @dana",
        ]));
    }

    #[test]
    fn bots_and_noise_go_corrections_apply() {
        let t = texts(
            "13:58 <RRSAgent> logging to https://example.org/2018/03/20-x-irc\n\
             13:59 <ana> Meeting: Sync call\n\
             13:59 <ana> scribenick: bob\n\
             14:00 <bob> bob has joined #x\n\
             14:01 <bob> ana: I will send the drafts\n\
             14:02 <bob> s/draffts/drafts/\n\
             14:02 <bob> s/the drafts/the final drafts/\n\
             14:03 <ana> q+\n\
             14:04 <ana> ACTION: bob to send it\n\
             14:04 <trackbot> Created ACTION-7 - Send it [on Bob Ray - due 2018-03-27].\n\
             14:05 <Zakim> agendum 2 -- Spec editing -- taken up [from ana]\n",
        );
        assert_eq!(
            t,
            vec![
                "Meeting: Sync call",
                "2018-03-20",
                // When the call began, by the log's first stamp.
                "14:00 UTC",
                "ana: I will send the final drafts",
                // The tracker's echo gives the action its date and says
                // whose nick "bob" is.
                "ACTION: bob to send it - due 2018-03-27",
                "Spec editing",
                "Attendees",
                // Who speaks attends.
                "Bob Ray (@bob), ana",
            ]
        );
    }
}
