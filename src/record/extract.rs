//! Blocks → a Record: runs the outline, owner, group and due-date rules
//! over every block and sentence, keeping where each item came from, then
//! merges the items the record states more than once.

use chrono::NaiveDate;

use super::actions;
use super::blocks::{Block, BlockKind, Marker};
use super::clauses::{announces_actions, clause_of, due_field};
use super::corrections;
use super::dedupe;
use super::due;
use super::glossary::{self, Entry};
use super::id;
use super::inline;
use super::lexicon::{DETERMINERS, TITLES, contains_ci, is_people_word, lower_in};
use super::list_topics;
use super::meta;
use super::model::{ActionItem, Decision, Due, Kind, Link, Record};
use super::owner::Context;
use super::owner_hints::{self, home_body, named_owner, person_label};
use super::participants;
use super::pointers;
use super::role_holders::{self, Holders};
use super::roster::Roster;
use super::sections::{self, Outline, Purpose};
use super::speaker::{self, Mark, Opening};
use super::table::{self, Columns};
use super::timing;
use super::words::{sentences, tokens};

/// Pronouns that stand for whoever speaks.
const FIRST_PERSON: [&str; 8] = ["i", "i'll", "i’ll", "we", "we'll", "we’ll", "me", "us"];
/// Pronouns that stand for the person the previous sentence named.
const THIRD_PERSON: [&str; 10] = [
    "he", "she", "he'll", "she'll", "he’ll", "she’ll", "he'd", "she'd", "he’d", "she’d",
];
/// Entries of an action list that only label what follows.
const NOT_TASKS: [&str; 6] = ["none", "(none)", "n/a", "nothing", "unassigned", "tbd"];

pub fn extract(blocks: &[Block]) -> Record {
    let glossary: Vec<Entry> = blocks
        .iter()
        .flat_map(|b| glossary::pairs_in(&b.text))
        .collect();
    let mut outline = sections::outline(blocks, &glossary);
    // "Open action items" whose entries go through the tracker's numbers
    // ("ACTION-112 on Liang, check …" / "done, sent a summary"): the
    // actions of earlier meetings, gone through one by one. Their entries
    // are no new items; what someone says they will do next still is.
    let mut tracked = vec![false; outline.sections.len()];
    for (i, block) in blocks.iter().enumerate() {
        if let Some(s) = outline.section_of[i]
            && outline.purposes[s] == Purpose::Actions
            && tracker_number(&block.text)
        {
            tracked[s] = true;
        }
    }
    for (s, section) in outline.sections.iter().enumerate() {
        let lower = section.title.to_lowercase();
        if tracked[s]
            && ["open", "pending", "outstanding"]
                .iter()
                .any(|w| lower.contains(w))
        {
            outline.purposes[s] = Purpose::Discussion;
        }
    }
    let (meeting, zone) = meta::meeting(blocks, outline.header_end);
    let attendees = participants::merge(participants::read(blocks, &outline));
    let roster = Roster::new(
        attendees
            .iter()
            .chain(&participants::absent(blocks))
            .map(|a| a.person.clone())
            .collect(),
    );
    let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    let context = Context::new(&outline.groups, &texts, &roster)
        .with_home(&texts[..texts.len().min(2)], &texts);
    // "Welfare Officer" in the action table is Niamh Gallagher of the
    // discussion, "the co-facilitators" the two the participants list
    // gives that role: who the role is, for merging and for the owner.
    let holders = Holders::new(&attendees)
        .with_prose(&texts)
        .with_fields(&texts, &|p| context.person(p));
    let topics = topics(blocks);
    let home = home_body(&meeting.title);
    let author = meta::author(blocks);
    // Days the meeting itself took: a date among them is not a deadline.
    let held = meeting
        .date
        .map(|d| meta::session(blocks, d).map_or((d, d), |(first, last)| (first, last.max(d))));
    let group_stems: Vec<Vec<Vec<String>>> = outline
        .groups
        .iter()
        .map(|g| g.names.iter().map(|n| glossary::name_stems(n)).collect())
        .collect();

    let mut out = Found::default();
    let mut columns: Option<Columns> = None;
    // Whose entries follow, in an action list grouped by person.
    let mut list_owner: Option<String> = None;
    // The record's paragraph numbering, which runs on across sections.
    let mut last_ordinal: Option<u32> = None;
    let mut numbered_paragraphs = false;
    let mut section_start = true;
    // A list announced as the next steps ("the Chair proposed the
    // following next steps:") is an action list wherever it stands.
    let mut announced = false;
    // The last line ending in a colon, while the entries under it go on.
    let mut lead_in: Option<usize> = None;
    // A motion put to the vote, until the vote is recorded.
    let mut motion: Option<(usize, String)> = None;
    // Sections that report on an earlier meeting's actions, and a verbatim
    // transcript after the notes (which say what it does, once): with all
    // the parts under them ("### 00:05:00").
    // A transcript runs to the end: its speakers' turns ("Ben Whitaker
    // 1:02") may stand as headings of its own level.
    let mut past: Vec<bool> = Vec::with_capacity(outline.sections.len());
    let mut transcript = false;
    for (s, section) in outline.sections.iter().enumerate() {
        transcript |= s > 0 && sections::is_transcript(&section.title);
        // "ACTION ITEMS (compiled from the highlights)" after the
        // transcript: the record's own list again, no speaker's turn.
        if outline.purposes[s] == Purpose::Actions && !sections::is_transcript(&section.title) {
            transcript = false;
        }
        let own = sections::reviews_past_actions(&section.title) || transcript;
        let inherited = outline.parent[s].is_some_and(|p| past[p]);
        past.push(own || inherited);
    }
    for (i, block) in blocks.iter().enumerate().skip(outline.header_end) {
        // In a chat log an "ACTION:" line makes a new action, even while
        // the old ones are reviewed ("Amy: will finish documenting them" /
        // "ACTION: achen to update the wiki page").
        let new_action = block.speaker.is_some()
            && block
                .text
                .get(..7)
                .is_some_and(|h| h.eq_ignore_ascii_case("action:"));
        // "hamidr: I will send them the link tomorrow": a new promise made
        // while the old actions are gone through is this meeting's.
        let promised = block.speaker.is_some()
            && ["I will ", "I'll ", "I’ll "]
                .iter()
                .any(|p| block.text.contains(p));
        if outline.section_of[i].is_some_and(|s| past[s]) && !new_action && !promised {
            continue;
        }
        let purpose = outline.purpose_of(i);
        let listed = matches!(block.kind, BlockKind::ListItem { .. });
        if !listed {
            announced = !block.is_heading() && announces_actions(&block.text);
        }
        let lead_here = lead_in;
        if block.text.trim_end().ends_with(':') {
            lead_in = Some(i);
        } else if !listed {
            lead_in = None;
        }
        let announced_here =
            listed && (announced || topics[i].is_some_and(|t| announces_actions(&blocks[t].text)));
        let in_actions = outline.within(i, Purpose::Actions) || announced_here;
        let next_is_entry = blocks
            .get(i + 1)
            .is_some_and(|n| matches!(n.kind, BlockKind::ListItem { .. }));
        if let Some(person) = person_label(block, &context, in_actions && next_is_entry) {
            list_owner = Some(person);
            if !block.is_heading() {
                continue;
            }
        } else if block.is_heading() {
            list_owner = None;
        }
        if block.is_heading() {
            section_start = true;
        } else if let Some(n) = block.ordinal {
            if section_start {
                numbered_paragraphs = n > 1 && last_ordinal == Some(n - 1);
            }
            last_ordinal = Some(n);
            section_start = false;
        }
        if block.is_heading() || matches!(purpose, Purpose::Participants | Purpose::Agenda) {
            columns = None;
            continue;
        }
        // "Open (no owner)", "Unassigned": work nobody was asked to do.
        if outline.section_of[i].is_some_and(|s| unowned(&outline.sections[s].title)) {
            continue;
        }
        // "[chair] ask the CoC team …": a role someone holds names them too.
        let known = |label: &str| context.roster.knows(label) || holders.of(label).is_some();
        let tag = speaker::bracketed_tag(&block.text, &known).map(|(tag, _)| tag);
        let reader = BlockReader {
            block,
            index: i,
            outline: &outline,
            context: &context,
            holders: &holders,
            meeting: meeting.date,
            title: &meeting.title,
            before: i
                .checked_sub(1)
                .and_then(|b| blocks.get(b))
                .filter(|b| !b.is_heading() && outline.section_of[i - 1] == outline.section_of[i])
                .map(|b| b.text.as_str()),
            zone,
            topic: topics[i].map(|t| blocks[t].text.as_str()),
            // "[Pablo Ruiz] Cut-over plan: …": the topic after who it is for;
            // "[RDAP] Jorge Benitez: …": the topic its tag gives.
            label_topic: tag.or_else(|| {
                speaker::topic_label(
                    speaker::bracketed_name(&block.text, &known)
                        .map_or(block.text.as_str(), |(_, at)| &block.text[at..]),
                    &known,
                )
            }),
            tagged: tag.is_some(),
            list_owner: list_owner.as_deref(),
            numbered_paragraphs: numbered_paragraphs && block.ordinal.is_some(),
            home: home.as_deref(),
            // "## Corrections (added by Aroha Ngata, 4 March 2026)": who
            // writes the section is its "I".
            author: outline.section_of[i]
                .and_then(|s| written_by(&outline.sections[s].title))
                .or(author.as_deref()),
            held,
            announced: announced_here,
            lead_in: lead_here.map(|l| blocks[l].text.as_str()),
            group_stems: &group_stems,
            next: blocks.get(i + 1),
        };
        // "Motion 1: That …" / "Proposed: …" / "Carried (6 for …)": the
        // motion and its vote stand lines apart; carried, it is a decision.
        // Most blocks neither follow a motion nor hold one or a vote: they
        // are not lower-cased for it.
        let about_a_vote = motion.is_some()
            || motion_of(&block.text).is_some()
            || block
                .text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("carried") || w.eq_ignore_ascii_case("passed"));
        if about_a_vote {
            let lower = block.text.trim_start().to_lowercase();
            // A "RESOLVED: …" line says the decision itself: the motion is spent.
            if lower.contains("resolved") || lower.contains("resolution") {
                motion = None;
            } else if says_carried(&lower) && motion_of(&block.text).is_none() {
                // "Vote: 6 yes … Motion carried.", "The council voted on the
                // proposal to … Motion carried.": the vote decides.
                let voted = motion.take().or_else(|| {
                    (lower.contains("voted") || lower.contains("motion")).then(|| {
                        let first = block.text.split(". ").next().unwrap_or(&block.text);
                        (block.line, first.trim_end_matches('.').to_string())
                    })
                });
                if let Some((line, text)) = voted {
                    let group = reader.group(&text);
                    out.decisions.push(Decision { line, text, group });
                }
            } else if let Some(text) = motion_of(&block.text) {
                motion = Some((block.line, text.to_string()));
            } else if !["proposed", "moved", "seconded"]
                .iter()
                .any(|w| lower.starts_with(w))
            {
                motion = None;
            }
        }
        if let BlockKind::Row(cells) = &block.kind {
            if let Some(header) = table::header(cells) {
                columns = Some(header);
                continue;
            }
            if let Some(c) = columns {
                out.items.extend(reader.table_row(c, cells));
                continue;
            }
        } else {
            columns = None;
        }
        reader.read(&mut out);
    }
    // "Working Group on Workshop Process" in a sentence and "WG-WSP" in
    // the list are one owner, for merging as for roles.
    let person = |owner: &str| {
        holders.of(owner).unwrap_or_else(|| {
            context
                .group_called(owner)
                .map_or_else(|| owner.to_string(), |g| g.label.clone())
        })
    };
    // "after that date we will consider the minutes final", "bidi text is
    // the obvious area they'll look at": a "we" or "they" that stays
    // nobody in particular names no one to follow up with.
    // "Result: +6 / 0 / 0 (Sam absent, will vote async)": the label of a
    // line owns nothing; "Nothing else to add": no one.
    out.items.retain(|i| {
        !i.owner.as_deref().is_some_and(|o| {
            let lower = o.to_lowercase();
            ["we", "they", "it", "us", "them"].contains(&lower.as_str())
                || speaker::names_a_part(o)
                || ["nothing", "nobody", "no one", "none"]
                    .iter()
                    .any(|n| lower.starts_with(n))
        })
    });
    // "Next steps" over plain lines, one task each, pasted with their
    // bullets lost: what each says is an entry of the list.
    for item in &mut out.items {
        let at = blocks.partition_point(|b| b.line <= item.line);
        let plain = at
            .checked_sub(1)
            .and_then(|k| blocks.get(k))
            .is_some_and(|b| matches!(b.kind, BlockKind::Paragraph) && b.speaker.is_none());
        if item.kind == Kind::Implicit
            && plain
            && item
                .section
                .is_some_and(|s| outline.actions_heading(s).is_some())
        {
            item.kind = Kind::Explicit;
        }
    }
    // A meeting assistant's notes are read by their action list.
    let listed = meta::tool_written(blocks);
    // A reviewer's corrections to notes a tool wrote apply to the entries
    // as written, before they are merged with what the discussion said:
    // an entry struck out must not take a mention of the same person
    // with it.
    let mut items = out.items;
    corrections::strike(&mut items, blocks);
    let items = dedupe::merge(items, &person, listed);
    // "(para. 5)": the group of the topic a next-steps entry points at.
    let topic_group = |b: usize| {
        let mut s = outline.section_of[b]?;
        loop {
            if outline.purposes[s] == Purpose::Discussion
                && let Some(group) = &outline.sections[s].group
            {
                return Some(group.clone());
            }
            s = outline.parent[s]?;
        }
    };
    let mut items = pointers::join(items, blocks, &topic_group);
    // The discussion's words, gathered only for a record whose action list
    // sums it up: most records have none, and it reads every block again.
    let mut discussed: Option<list_topics::Topics> = None;
    let titled_body = working_group_of(&meeting.title);
    let members_body = body_of(&meeting.title);
    let headings: Vec<&str> = outline
        .sections
        .iter()
        .filter_map(|s| s.group.as_deref())
        .collect();
    for item in &mut items {
        if let Some(owner) = &item.owner
            && let Some(named) = holders.of(owner)
        {
            item.owner = Some(named);
        }
        if let Some(phrase) = item
            .owner
            .as_deref()
            .and_then(|o| qualified_owner(o, &item.text))
        {
            item.owner = Some(phrase);
        }
        // "Members were invited …" in the summary of a MAG working group's
        // meeting ("… Working Group on Strategy (WG-Strategy) Meeting 2"):
        // the members of that group, not of the whole MAG.
        if item.owner.as_deref() == Some("MAG members")
            && item.text.starts_with("Members ")
            && let Some(body) = titled_body.as_deref()
        {
            item.owner = Some(format!("{body} members"));
        }
        // "Members were invited to …" in the report of a body's meeting
        // that never writes "X members": the members of the body its title
        // names ("… Multistakeholder Organizing Committee (MOC) Second
        // Meeting" → "MOC members").
        if item
            .owner
            .as_deref()
            .is_some_and(|o| o == "Members" || o == "All members")
            && (item.text.starts_with("Members were ")
                || item.text.starts_with("All members were "))
            && let Some(body) = members_body.as_deref()
        {
            item.owner = Some(format!("{body} members"));
        }
        // "@lumen-project/release-wg": a forge team, by the name the record
        // gives it ("Release WG").
        if let Some(owner) = &item.owner
            && let Some((_, team)) = owner.strip_prefix('@').and_then(|o| o.split_once('/'))
            && team.contains('-')
            && let Some(group) = headings
                .iter()
                .find(|g| g.to_lowercase().replace(' ', "-") == team.to_lowercase())
        {
            item.owner = Some((*group).to_string());
        }
        // "The working group will prepare guidelines" under "Working Group
        // on Hybrid Meetings (WG-Hybrid)": the group the section is about.
        if let Some(owner) = &item.owner
            && ["working group", "task force"].contains(&owner.to_lowercase().as_str())
            && let Some(group) = item.group.as_deref().and_then(|g| context.group_named(g))
            && group
                .names
                .iter()
                .any(|n| n.to_lowercase().contains(&owner.to_lowercase()))
        {
            item.owner = Some(group.label.clone());
        }
        // "The BPF Gender co-facilitators will …": the body the owner is
        // or leads is the group the item names.
        if let Some(body) = item.owner.as_deref().and_then(owner_hints::owning_body)
            && home.as_deref() != Some(body)
        {
            let group = context.group_named(body).map_or(body, |g| g.label.as_str());
            item.group = Some(group.to_string());
        }
        // "The BPF will launch a call" under "Best Practice Forum on
        // Cybersecurity (BPF)": the body by the fuller name its section
        // gives it, "BPF Cybersecurity".
        if let (Some(owner), Some(group)) = (&item.owner, &item.group)
            && group.starts_with(owner.as_str())
            && group.len() > owner.len()
            && glossary::is_acronym(owner)
            && group[owner.len()..].starts_with(' ')
            && (outline
                .groups
                .iter()
                .any(|g| g.label == *group && g.acronym == *owner)
                || item
                    .section
                    .and_then(|k| outline.sections.get(k))
                    .is_some_and(|s| s.title.contains(&format!("({owner})"))))
        {
            item.owner = Some(group.clone());
        }
        if let Some(umbrella) = item
            .group
            .as_deref()
            .and_then(|g| context.coordinated(g, &headings))
        {
            item.group = Some(umbrella);
        }
        // An entry of "Action items" that names no group of its own is the
        // list's: its section heading, as for any other item (eleven of
        // twenty fresh writers read it so; six gave none, three the topic
        // discussed; over 612 held-out records, 524 items the list's name,
        // 555 a topic, 106 none). This comes after merging, so the list's name never
        // keeps an entry apart from the discussion that said it first.
        if item.group.is_none()
            && let Some(list) = item.section.and_then(|s| outline.actions_heading(s))
        {
            // "Summary of actions", "Action items (summary)", "Confirmed
            // action items": a list that sums up the discussion files each
            // entry under the topic it came from, when one stands out (59
            // held-out items so, none under the list's name; the writers of
            // three early fixtures gave the name).
            let lower = list.to_lowercase();
            let sums_up = [
                "summary",
                "confirmed",
                "from this call",
                "annex",
                "table",
                "recap",
            ]
            .iter()
            .any(|w| lower.contains(w));
            let topic = sums_up
                .then(|| {
                    discussed
                        .get_or_insert_with(|| list_topics::Topics::new(blocks, &outline))
                        .of(&item.text)
                })
                .flatten()
                .and_then(|s| outline.sections[s].group.clone());
            item.group = Some(topic.unwrap_or_else(|| list.to_string()));
        }
    }
    // "**François:** yes, will do by next Tuesday." over "ACTION: François
    // to update the section": the reply that took the action on dates it.
    for item in items
        .iter_mut()
        .filter(|i| i.kind == Kind::Explicit && i.due.is_none())
    {
        // Blocks run in line order: the ones ending just above the item
        // are found by a binary search, not a scan of the record per item.
        let above = blocks.partition_point(|b| b.end_line < item.line);
        let reply = blocks[..above]
            .iter()
            .rev()
            .take_while(|b| b.end_line + 3 >= item.line)
            .find(|b| !b.is_heading());
        // The reply must be the owner's own ("**François:** yes, …").
        let owners = |b: &Block| {
            let label = b
                .speaker
                .clone()
                .or_else(|| b.text.split_once(':').map(|(l, _)| l.trim().to_string()))
                .filter(|l| l.split_whitespace().count() <= 3);
            label
                .and_then(|l| context.person(&l))
                .is_some_and(|p| item.owner.as_deref() == Some(p.as_str()))
        };
        if let Some(reply) = reply
            && owners(reply)
            && reply.text.split_whitespace().count() <= 12
            && reply
                .text
                .split_whitespace()
                .find(|w| !w.ends_with(':'))
                .is_some_and(|w| {
                    ["yes", "sure", "ok", "okay", "will"]
                        .iter()
                        .any(|y| w.trim_end_matches(',').eq_ignore_ascii_case(y))
                })
        {
            item.due = due::due_in(&reply.text, meeting.date, zone);
        }
    }
    // A reviewer's corrections to notes a tool wrote; the item they give
    // someone else may be that person's mention in the discussion.
    let due_of = |text: &str| due::due_in(text, meeting.date, zone);
    if corrections::apply(
        &mut items,
        blocks,
        &|phrase| context.person(phrase),
        &due_of,
    ) {
        items = dedupe::merge(items, &person, listed);
    }
    // "The recording will be made available once processed", "results
    // will be shared at some point in July": said in the passive, with no
    // one the context makes the doer, a forecast (see
    // ../shared/records/README.md), no item.
    items.retain(|i| i.owner.is_some() || !passive_forecast(&i.text));
    items.retain(|i| !says_what_is(i));
    role_holders::name_bare_roles(&mut items, &outline.groups, blocks);
    assign_ids(&mut items);
    Record {
        meeting,
        sections: outline.sections,
        items,
        decisions: unique_decisions(out.decisions),
        participants: attendees.into_iter().map(|a| a.participant).collect(),
    }
}

/// A marked entry that names no owner and says what is so ("\"Maria\" in
/// the second item is Mariam Haddad", "The deadline for section text is 31
/// March, not March 24", "wrong person.", as a list of corrections does)
/// gives no one a task; "Missing from the AI list:" introduces entries.
fn says_what_is(item: &ActionItem) -> bool {
    let text = item.text.trim().trim_end_matches(['*', '_']).trim_end();
    let toks = tokens(text);
    let words: Vec<_> = toks.iter().filter(|t| t.is_word()).collect();
    // "Implementers who plan to take part are asked to:" opens the tasks
    // that follow, and is one.
    if text.ends_with(':') && (item.kind == Kind::Explicit || words.len() <= 3) {
        return true;
    }
    // Said of something: "The deadline …", "this was …", "\"Speaker 3\"
    // was …"; not "Confirm whether the build is ready".
    let of_something = text.starts_with(['"', '“', '\''])
        || words
            .first()
            .is_some_and(|t| lower_in(t, &["the", "this", "that", "these", "it", "there"]));
    let copula = of_something
        && words
            .iter()
            .take(8)
            .any(|t| lower_in(t, &["is", "was", "were", "are"]));
    let task = words
        .windows(2)
        .any(|w| w[0].is("to") && w[1].text.starts_with(char::is_lowercase));
    // "It may be useful to track shifts in a spreadsheet": an idea.
    let idea = words.first().is_some_and(|t| lower_in(t, &["it", "there"]))
        && words
            .iter()
            .take(3)
            .any(|t| lower_in(t, &["may", "might", "could", "would"]));
    // "wrong person.", "no change.", "Omar Farouk": a remark or a name
    // alone; "Renew domain" is a task with its owner left out.
    let remark = words.len() <= 2
        && (text.starts_with(|c: char| c.is_lowercase() || c == '(')
            || words.iter().all(|t| t.text.starts_with(char::is_uppercase)));
    item.owner.is_none() && item.kind == Kind::Explicit && (copula && !task || idea || remark)
}

/// "… will be shared …", "to be held on 15 April": a future said in the
/// passive, and no request ("Please send corrections; after that the
/// minutes will be uploaded" asks something).
fn passive_forecast(text: &str) -> bool {
    let lower = text.to_lowercase();
    if lower.contains("please") {
        return false;
    }
    const PARTICIPLES: [&str; 12] = [
        "made", "held", "shown", "sent", "done", "given", "taken", "written", "set", "put", "run",
        "built",
    ];
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).any(|w| {
        ["will", "would", "shall", "to"].contains(&w[0])
            && w[1] == "be"
            && (w[2].ends_with("ed") || PARTICIPLES.contains(&w[2]))
    })
}

/// "@bencarter offered to pick up #1833 — \"I'll have a PR up\"": the
/// words before a quote, when the sentence quotes someone.
fn quoted_by(sentence: &str) -> Option<&str> {
    let at = sentence.find(['"', '“'])?;
    let before = sentence[..at]
        .trim_end()
        .trim_end_matches(['—', '–', '-', ':', ',']);
    (before.split_whitespace().count() >= 2).then_some(before)
}

/// "Corrections (added by Aroha Ngata, 4 March 2026)", "Notes by Kim
/// Lee": the name of whoever wrote a part of the record.
fn written_by(title: &str) -> Option<&str> {
    let lower = title.to_ascii_lowercase();
    let at = lower.find(" by ")? + 4;
    let rest = &title[at..];
    let end = rest.find([',', ')', ';', ':']).unwrap_or(rest.len());
    let name = rest[..end].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    ((2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase)
                || w.contains('-')
        }))
    .then_some(name)
}

/// "ok, will contact them this month" → "I will contact them this month";
/// a bare "yes, will do" accepts, and names no task of its own.
fn subjectless_promise(sentence: &str) -> Option<String> {
    let mut rest = sentence.trim_start();
    loop {
        let lower = rest.to_ascii_lowercase();
        let Some(word) = ["ok", "okay", "yes", "sure", "fine", "right", "sorry"]
            .iter()
            .find(|w| lower.starts_with(*w) && lower[w.len()..].starts_with([',', ' ', '.', '!']))
        else {
            break;
        };
        rest = rest[word.len()..].trim_start_matches([',', '.', '!', ' ']);
    }
    let task = rest.strip_prefix("will ")?;
    let verb = task
        .split_whitespace()
        .next()?
        .trim_end_matches([',', '.', '!']);
    // "will do", "will need a few days", "will be there": no task named.
    let no_task = ["do", "need", "be", "have", "try", "see"].contains(&verb);
    (verb.starts_with(char::is_lowercase) && !no_task && task.split_whitespace().count() >= 2)
        .then(|| format!("I will {task}"))
}

/// Where what `body[start..end]` still says begins once the words struck
/// out at its start ("~~…~~") are passed; `None` when nothing but a note
/// is left.
fn after_struck(body: &str, mut start: usize, end: usize) -> Option<usize> {
    loop {
        let rest = &body[start..end];
        let trimmed = rest.trim_start_matches([' ', '-', '*']);
        if !trimmed.starts_with("~~") {
            return Some(start);
        }
        let (_, _, after) = inline::split_struck(trimmed)?;
        let after = after.trim_start_matches(['.', ',', ';', ' ', '*', '_']);
        // "~~Ruwan~~ *[Sec: Roshan Wickramasinghe]* will update …": the
        // note gives the words in place of the struck ones.
        if replacement(after).is_some() {
            return Some(start);
        }
        if after.is_empty() || after.starts_with(['[', '(']) {
            return None;
        }
        start = end - after.len();
    }
}

/// "ACTION-112", "action-57": an action the tracker numbered at an
/// earlier meeting.
fn tracker_number(text: &str) -> bool {
    text.match_indices("ACTION-")
        .chain(text.match_indices("action-"))
        .any(|(at, m)| text[at + m.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether an entry ends by saying it is finished: "…, done.", "… —
/// done in #1419", "… (done)".
/// "-- DONE (renewed to 2028)", "-- done, sent 12 March", "[done]": what
/// follows the word only says how or when.
fn reports_done(text: &str) -> bool {
    let lower = text.trim_end_matches(['.', ' ', ')', '!']).to_lowercase();
    let tail = lower.rsplit_once(" done").filter(|(_, after)| {
        after.is_empty()
            || after.starts_with(" in ")
            || after.starts_with(", ")
            || after.starts_with(" (")
            || after.starts_with(']')
            || after.starts_with(" -")
            || after.starts_with(" —")
            || after.starts_with(" –")
            || after.starts_with(';')
    });
    tail.is_some_and(|(before, _)| before.ends_with([',', '—', '–', '-', '(', '[', ':', ';']))
}

/// "explained", "noted", "said", "told": a verb that reports what someone
/// said or did.
fn reporting_verb(word: &str) -> bool {
    word.ends_with("ed") || ["said", "told", "wrote", "gave", "took", "spoke"].contains(&word)
}

#[derive(Default)]
struct Found {
    items: Vec<ActionItem>,
    decisions: Vec<Decision>,
}

/// For each block, the list entry it is nested under, if any: MeetBot and
/// many minutes write a topic as a bullet and its notes as sub-bullets.
/// A mail's "* draft-ietf-foo" bullet alone on its line heads the
/// paragraphs under it, as a heading would.
fn topics(blocks: &[Block]) -> Vec<Option<usize>> {
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut label: Option<usize> = None;
    blocks
        .iter()
        .enumerate()
        .map(|(i, b)| match b.kind {
            BlockKind::ListItem { depth, .. } => {
                while stack.last().is_some_and(|&(d, _)| d >= depth) {
                    stack.pop();
                }
                let parent = stack.last().map(|&(_, k)| k);
                stack.push((depth, i));
                let text = b.text.trim();
                let short = text.split_whitespace().nth(6).is_none()
                    && !text.ends_with(['.', '!', '?', ':', ';', ','])
                    && !text.contains(": ");
                label = (parent.is_none() && short).then_some(i);
                parent
            }
            _ => {
                stack.clear();
                if b.is_heading() {
                    label = None;
                }
                label
            }
        })
        .collect()
}

struct BlockReader<'a> {
    block: &'a Block,
    index: usize,
    outline: &'a Outline,
    context: &'a Context<'a>,
    /// Who holds the roles the record names ("chair" → Ana Ribeiro).
    holders: &'a Holders,
    meeting: Option<NaiveDate>,
    /// The meeting's zone: "on Thursday at 6pm" is 6pm there.
    zone: Option<i32>,
    topic: Option<&'a str>,
    /// "Vendor contracts: …": the topic a line opens with.
    label_topic: Option<&'a str>,
    /// The topic is the entry's tag ("[RDAP] …"), its group.
    tagged: bool,
    list_owner: Option<&'a str>,
    /// A UN-style numbered paragraph, not an entry of a list.
    numbered_paragraphs: bool,
    /// The body whose meeting this is, for a "we" nobody in particular says.
    home: Option<&'a str>,
    /// Who wrote the record (a mail's sender), for an "I" nobody else says.
    author: Option<&'a str>,
    /// The first and last day of the meeting.
    held: Option<(NaiveDate, NaiveDate)>,
    /// The record's title, which a heading may repeat over all its notes.
    title: &'a str,
    /// The paragraph before, in the same section: whom a "she" opening
    /// this one may mean.
    before: Option<&'a str>,
    /// An entry of a list its lead-in calls the next steps.
    announced: bool,
    /// The line ending in a colon that a list under it continues.
    lead_in: Option<&'a str>,
    /// For each group of the outline, the stemmed words of its names.
    group_stems: &'a [Vec<Vec<String>>],
    /// The block after this one, which may answer a question in it.
    next: Option<&'a Block>,
}

impl BlockReader<'_> {
    fn read(&self, out: &mut Found) {
        let text = &self.block.text;
        let known =
            |label: &str| self.context.roster.knows(label) || self.holders.of(label).is_some();
        let opening = speaker::opening(
            text,
            self.block.speaker.as_deref(),
            self.block.names_speaker,
            &known,
        );
        if opening.mark == Some(Mark::Note) {
            return;
        }
        // "ACTION-41 (Mateus: update the examples) — done": an action the
        // tracker already holds, reported on.
        // "Keiko: action-412 on Hamid, check CLDR data": the chair going
        // through them.
        let numbered = |said: &str| {
            said.get(..7)
                .is_some_and(|h| h.eq_ignore_ascii_case("action-"))
                && said[7..].starts_with(|c: char| c.is_ascii_digit())
        };
        if numbered(text) || numbered(text[opening.body..].trim_start()) {
            return;
        }
        // "The following next steps were agreed:" leads into the entries.
        if announces_actions(&self.block.text) {
            return;
        }
        // "JS: survey text sent 10/11, done.", "update CODEOWNERS — done in
        // #1419": an entry reported finished.
        if reports_done(&self.block.text) {
            return;
        }
        if let Some(motion) = carried_motion(text) {
            out.decisions.push(self.decision(motion, 0));
            return;
        }
        let body = &text[opening.body..];
        if opening.mark == Some(Mark::Decision) {
            out.decisions.push(self.decision(body.trim(), opening.body));
            return;
        }
        let in_actions = self.outline.within(self.index, Purpose::Actions) || self.announced;
        let in_decisions = self.outline.within(self.index, Purpose::Decisions);
        let listed = matches!(self.block.kind, BlockKind::ListItem { .. });
        // "~~Marcus Ellery~~ Gareth Moss to complete …": struck-out words
        // are no longer said; a sentence struck through whole ("~~Kenji to
        // pre-aggregate …~~ [HO: removed]") says nothing.
        let spans: Vec<(usize, usize)> = sentences(body)
            .into_iter()
            .filter_map(|(start, end)| after_struck(body, start, end).map(|s| (s, end)))
            .collect();
        // "Tamsin [TA: it was Rosalind, not Tamsin] will also ask …": a
        // reviewer's note inside the sentence is read apart (by
        // `corrections`), the sentence without it.
        let cleaned: Vec<std::borrow::Cow<'_, str>> = spans
            .iter()
            .map(|&(start, end)| {
                without_struck(with_replacements(without_inline_note(without_edit_tag(
                    &body[start..end],
                ))))
            })
            .collect();
        let mut previous: Option<&str> = None;
        let mut earlier: Vec<&str> = Vec::new();
        let first_here = out.items.len();
        for (k, &(start, _)) in spans.iter().enumerate() {
            let sentence: &str = &cleaned[k];
            let at = opening.body + start;
            // "… in the channel. (Daniel Osei)": whose the entry is, which
            // its item already says.
            // "will ppl come to a f2f at all? quick poll in irc: 4 yes":
            // a chat's question, then what followed it; "editors, please
            // don't merge anything": a request not to act.
            if asks_first(sentence) || asks_not_to(&sentence.to_lowercase()) {
                continue;
            }
            if sentence.ends_with('?') || start > 0 && is_name_note(sentence) {
                // "Rosa, can you check … by 13 June?" / "rosa: yes, will do".
                if sentence.ends_with('?')
                    && let Some(who) = self.agreed_to(sentence, &known)
                {
                    let owners = self.context.owners(who);
                    out.items.push(self.item(sentence, at, owners, false));
                }
                continue;
            }
            // "s/I'll put something on the issue/I'll comment on it/": a
            // scribe's correction, which IRC logs apply and notes may keep.
            if sentence.starts_with("s/") && sentence.matches('/').count() >= 3 {
                continue;
            }
            // "scribe, please move that action to Tobias": about the minutes.
            if sentence.to_lowercase().starts_with("scribe, ") {
                continue;
            }
            // "Staff will prepare a comparison table (see action item 3).":
            // the action list holds it.
            if contains_ci(sentence, "(see action item") {
                previous = Some(sentence);
                earlier.push(sentence);
                continue;
            }
            // "ACTION ITEM (Ines): update the section. Due: 2024-11-12":
            // the date field after an item is that item's.
            if let Some(field) = due_field(sentence) {
                if let Some(item) = out.items[first_here..].last_mut()
                    && item.due.is_none()
                    && let Some(due) =
                        self.ahead(due::due_in(field, self.meeting, self.zone), field)
                {
                    item.due = Some(due);
                    item.timing = None;
                }
                continue;
            }
            let mark = if start == 0 {
                opening.mark.clone()
            } else {
                speaker::opening(sentence, None, false, &|_| false).mark
            };
            if mark == Some(Mark::Decision) {
                out.decisions.push(self.decision(sentence, at));
                continue;
            }
            // In an action list a line of its own that opens with whose it
            // is ("[Pablo Ruiz] Produce the plan") is an entry, bullet or not;
            // in a chat log it is someone speaking under the topic, as
            // "topic: Action items" reviews old actions.
            let line_of_its_own = in_actions
                && self.block.speaker.is_none()
                && matches!(self.block.kind, BlockKind::Paragraph)
                && self.block.line == self.block.end_line
                && opening.speaker.is_some()
                && opening.body > 0;
            let entry = (listed && !self.numbered_paragraphs)
                || line_of_its_own
                || matches!(self.block.kind, BlockKind::Row(_));
            let explicit = matches!(mark, Some(Mark::Action(_)))
                || self.block.marker() == Marker::Arrow
                || (in_actions && entry && self.is_task(sentence));
            // "share the feed as a test fixture [Ingrid takes this]": someone
            // claims the task in the notes.
            if let Some((task, who)) = claimed(sentence)
                && let Some(task) = Some(task)
                    .filter(|t| !t.is_empty())
                    .or(previous.filter(|_| start > 0))
            {
                let owners = self.context.owners(who);
                out.items.push(self.item(task, at, owners, explicit));
                previous = Some(sentence);
                earlier.push(sentence);
                continue;
            }
            // "akimura: ok, will contact them this month": the speaker's own
            // promise, the "I" left out as chat drops it.
            let spoken = (start == 0 && opening.speaker.is_some())
                .then(|| subjectless_promise(sentence))
                .flatten();
            let sentence_read = spoken.as_deref().unwrap_or(sentence);
            // Most sentences have no word that could make an item: they
            // are not read any closer.
            let found = if explicit || mark.is_some() || actions::might_commit(sentence_read) {
                let sentence = sentence_read;
                let toks = tokens(sentence);
                let is_person = |phrase: &str, listed: bool| {
                    if listed {
                        self.context.roster.find(phrase).is_some()
                    } else {
                        self.context.person(phrase).is_some()
                    }
                };
                actions::find(sentence, &toks, explicit, &is_person)
            } else {
                None
            };
            let found = found.or_else(|| self.continued(sentence, explicit));
            // "Summary of resolutions: The group will request a joint call":
            // what was resolved, not a task of its own.
            let found = found.filter(|_| !in_decisions || matches!(mark, Some(Mark::Action(_))));
            let marked_owner = match &mark {
                Some(Mark::Action(Some(owner))) => Some(owner.clone()),
                _ => None,
            };
            let pushed = out.items.len();
            match (found, marked_owner) {
                (Some(found), None) if found.passive => {
                    let item = self.item(sentence, at, Vec::new(), explicit);
                    // The time frame must be the passive clause's ("… is expected
                    // to open in May, and the programme will be published in due
                    // course"); "in due course" is none: a forecast.
                    let clause = sentence
                        .rfind(" be ")
                        .map_or(sentence, |at| &sentence[at..]);
                    let timed = timing::find(clause).is_some_and(|t| t != "in due course");
                    let agent = self.passive_agent(clause);
                    if item.due.is_some() || timed {
                        let owners = agent
                            .map_or_else(|| self.context_owner(sentence, &earlier), |a| vec![a]);
                        out.items.push(ActionItem {
                            owner: (!owners.is_empty()).then(|| owners.join(", ")),
                            ..item
                        });
                    }
                }
                (Some(found), None) => {
                    // One item a clause: "Paolo offered to rebuild the image,
                    // and Omar will re-enable the jobs" asks two people.
                    let bounds: Vec<usize> = found.parts.iter().map(|p| p.0).collect();
                    for (k, (_, phrases)) in found.parts.iter().enumerate() {
                        // "Lucy will meet the team to check they can commit":
                        // a bare "they" beside a named actor is no one's task.
                        let bare_pronoun = found.parts.len() > 1
                            && phrases.len() == 1
                            && ["they", "it", "this", "that"]
                                .iter()
                                .any(|p| phrases[0].eq_ignore_ascii_case(p));
                        if bare_pronoun {
                            continue;
                        }
                        // "@mokafor: PR to limit macOS CI", "All DCs: add up
                        // to two recommendations": in an action list, the
                        // entry's label names whose it is; a word the task
                        // opens with that names nobody does not.
                        // "[Tee] sponsor logo pack to design agency": a name
                        // in brackets owns the line as a list's label does.
                        let bracketed = self.block.text.starts_with('[') && start == 0;
                        let label_owns = (explicit && entry || bracketed)
                            && mark.is_none()
                            && start == 0
                            && found.parts.len() == 1
                            && opening.speaker.is_some()
                            && opening.body > 0
                            && phrases.iter().all(|p| {
                                // "Anneke: cut-off reminder to remaining
                                // registries": words in lower case that
                                // name a thing, not who.
                                // A bracketed name opening the line outweighs a
                                // people word ("sponsor") in such a phrase.
                                let thing = p.starts_with(char::is_lowercase)
                                    && p.split_whitespace().count() <= 3
                                    && (bracketed || !tokens(p).iter().any(|t| is_people_word(t)));
                                // "[Naomi] Everyone please leave comments": a
                                // speaker in brackets, outside a list, leaves
                                // a named subject its own.
                                let listed_here = explicit && entry;
                                self.context.person(p).is_none()
                                    && (thing
                                        || listed_here
                                            && !p.contains(char::is_whitespace)
                                            && p.chars().all(|c| c.is_alphabetic()))
                                    && !FIRST_PERSON.contains(&p.to_lowercase().as_str())
                                    && !THIRD_PERSON.contains(&p.to_lowercase().as_str())
                            });
                        let mut owners = if label_owns {
                            self.owner_of_entry(sentence, &opening, false)
                        } else {
                            self.resolve(phrases, &opening, sentence, &earlier)
                        };
                        let clause = clause_of(sentence, &bounds, k);
                        // "She agreed to prepare, together with the
                        // Secretariat, a note", "Tomasz will pair with Rahul
                        // on the fix": both do it.
                        if let Some(partner) = partner_in(clause) {
                            for p in self.context.owners(partner) {
                                if !owners.contains(&p) {
                                    owners.push(p);
                                }
                            }
                        }
                        // The item starts where its clause does, when a
                        // semicolon sets the clause apart: on that line.
                        let offset = clause.as_ptr() as usize - sentence.as_ptr() as usize;
                        // "@dferraz and @bpopescu walked through it; they
                        // agreed to …": the item goes back to whom "they" is.
                        let anaphora = phrases.iter().any(|p| {
                            ["they", "he", "she", "it"].contains(&p.to_lowercase().as_str())
                        });
                        let apart = !anaphora && sentence[..offset].trim_end().ends_with(';');
                        let start = if apart { at + offset } else { at };
                        out.items.push(self.item(clause, start, owners, explicit));
                    }
                }
                (_, Some(owner)) => {
                    let owners = self.context.owners(&owner);
                    out.items.push(self.item(sentence, at, owners, true));
                }
                // "→ @kmensah: publish the advisory …": an arrow marks an
                // action wherever it stands.
                // "… to the list by 24 June. Silence will be taken as no
                // objection.": a note on the entry's task, no task of its own.
                (None, None)
                    if (matches!(mark, Some(Mark::Action(_)))
                        || (in_actions
                            && explicit
                            && !(start > 0 && out.items.len() > first_here))
                        || (self.block.marker() == Marker::Arrow && opening.body > 0))
                        && self.is_task(sentence) =>
                {
                    let owners = self.owner_of_entry(sentence, &opening, mark.is_some());
                    out.items.push(self.item(sentence, at, owners, true));
                }
                // "[End of minutes]" closes the list; it decides nothing.
                (None, None) if sentence.starts_with('[') && sentence.ends_with(']') => {}
                // "Minutes manually created …, formatted by scribe.perl": how
                // the record was made, under its list of resolutions.
                (None, None) if in_decisions && is_colophon(&self.block.text) => {}
                (None, None)
                    if in_decisions || {
                        let lower = sentence.to_lowercase();
                        // "The group agreed to pilot …", "the TSC agreed to
                        // proceed": no one's task, the meeting's decision.
                        lower.contains("agreed that")
                            || lower.contains("agreed to")
                            || lower.contains("decided that")
                            || lower.contains("decided to")
                    } =>
                {
                    out.decisions.push(self.decision(sentence, at));
                }
                (None, None) => {}
            }
            // "VII. Action items & next steps / 17. The Secretariat will
            // circulate …": a report's numbered paragraphs are read as its
            // prose ("19. The next meeting is scheduled …" is no task), but
            // under an action list what they ask is listed as an action.
            if listed && self.numbered_paragraphs && in_actions {
                for item in &mut out.items[pushed..] {
                    item.kind = Kind::Explicit;
                }
            }
            // "… will hold its kick-off call on 25 February at 14:00 UTC.
            // MAG members were welcome to join the call.": the event the
            // sentence before dated.
            if let Some(event) = refers_back_to_event(sentence)
                && let Some(before) = previous.filter(|p| p.to_ascii_lowercase().contains(event))
                && let Some(due) = self.ahead(due::due_in(before, self.meeting, self.zone), before)
            {
                for item in out.items[pushed..]
                    .iter_mut()
                    .filter(|i| i.due.is_none() && i.timing.is_none())
                {
                    item.due = Some(due);
                }
            }
            previous = Some(sentence);
            earlier.push(sentence);
        }
    }

    /// Who a question asks to do something ("Rosa, can you check …?"),
    /// when the next line is theirs and says yes.
    fn agreed_to<'s>(&self, question: &'s str, known: &dyn Fn(&str) -> bool) -> Option<&'s str> {
        let (who, rest) = question.split_once(", ")?;
        let asks = ["can you ", "could you ", "will you ", "would you "]
            .iter()
            .any(|p| {
                rest.get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p))
            });
        // "Bartosz and Kenji, can you both review PR #57?": either may answer.
        if !asks {
            return None;
        }
        let people = who
            .split(" and ")
            .map(|p| self.context.roster.find(p.trim()))
            .collect::<Option<Vec<&str>>>()?;
        let next = self.next?;
        let reply = speaker::opening(
            &next.text,
            next.speaker.as_deref(),
            next.names_speaker,
            known,
        );
        let replier = reply.speaker.as_deref()?;
        let body = next.text[reply.body..].trim_start().to_lowercase();
        // "Yes, I'll do that this week" is an item of its own, that one.
        let yes = ["yes", "sure", "ok", "will do"]
            .iter()
            .any(|y| body.starts_with(y))
            && !["i'll", "i’ll", "i will"].iter().any(|i| body.contains(i));
        let answered = self
            .context
            .roster
            .find(replier)
            .is_some_and(|r| people.contains(&r));
        (yes && answered).then_some(who)
    }

    /// Enough words to be a task, and not a placeholder such as "(none)".
    fn is_task(&self, sentence: &str) -> bool {
        let lower = sentence.trim().trim_end_matches('.').to_lowercase();
        // "The next MAG meeting will take place on 11 March", Teams'
        // "Owen Gallagher was mentioned 6 times": an event, a tally.
        if [
            "will take place",
            "takes place",
            "is scheduled",
            "will be held",
            "was mentioned",
            "were mentioned",
            "will reconvene",
            "will meet again",
            " meets on ",
            " meets at ",
        ]
        .iter()
        .any(|e| lower.contains(e))
        {
            return false;
        }
        // "Consider inviting the Youth IGF coordinators": a suggestion a
        // tool or a member put forward, which nobody took on.
        if ["consider ", "maybe ", "perhaps ", "possibly "]
            .iter()
            .any(|w| lower.starts_with(w))
        {
            return false;
        }
        // "Next ops sync: Tuesday, March 10th, same time": when the group
        // meets again, not a task.
        if let Some((label, _)) = lower.split_once(':')
            && label.starts_with("next ")
            && label.split_whitespace().count() <= 4
            && [
                "meeting",
                "call",
                "sync",
                "session",
                "telecon",
                "teleconference",
                "check-in",
            ]
            .iter()
            .any(|m| label.ends_with(m))
        {
            return false;
        }
        // "DW: removed - the retreat was only mentioned in passing": a
        // reviewer striking the entry out, no task.
        let unsigned = lower
            .split_once(": ")
            .filter(|(label, _)| label.split_whitespace().count() <= 3)
            .map_or(lower.as_str(), |(_, rest)| rest);
        let struck = [
            "removed",
            "deleted",
            "dropped",
            "withdrawn",
            "struck",
            "retracted",
        ]
        .iter()
        .any(|w| {
            unsigned.strip_prefix(w).is_some_and(|rest| {
                rest.is_empty()
                    || [" -", " —", " –", ":", ",", ".", ";", " ("]
                        .iter()
                        .any(|p| rest.starts_with(p))
            })
        });
        if struck {
            return false;
        }
        // "Shared the security questionnaire with Beatriz": done already.
        // "updated key management appendix" names what is to come.
        let mut words = lower.split_whitespace();
        let first = words.next().unwrap_or("");
        let object = words
            .next()
            .is_some_and(|w| DETERMINERS.contains(&w) || ["our", "his", "her"].contains(&w));
        let done = object
            && first.len() > 4
            && first.ends_with("ed")
            && ![
                "need", "proceed", "exceed", "succeed", "embed", "feed", "speed", "seed",
            ]
            .iter()
            .any(|w| first.ends_with(w));
        sentence.split_whitespace().count() >= 2 && !NOT_TASKS.contains(&lower.as_str()) && !done
    }

    /// The owner of a next-steps entry that names none in its sentence:
    /// the name it opens with ("Tomasz: open the issue"), else the person
    /// heading the list it is nested in.
    fn owner_of_entry(&self, sentence: &str, opening: &Opening, marked: bool) -> Vec<String> {
        let from_label = opening
            .speaker
            .as_deref()
            .filter(|_| opening.body > 0 && !marked);
        if let Some(name) = from_label {
            return self.context.owners(name);
        }
        // "@aishab @dvolkov draft the answers": the handles it opens with.
        let handles: Vec<&str> = sentence
            .split([' ', ','])
            .filter(|w| !w.is_empty() && *w != "and" && *w != "&")
            .take_while(|w| w.starts_with('@') && w.len() > 1)
            .collect();
        if handles.len() >= 2 {
            return handles
                .iter()
                .flat_map(|h| self.context.owners(h))
                .collect();
        }
        // "#action hwang: land the fix", "Chairs: issue the WGLC", "AI:
        // [Sunil] open the comment period": an entry that opens with who is
        // to do it.
        let label = sentence
            .split_once(": ")
            .map(|(l, _)| l.trim())
            .or_else(|| speaker::bracketed_name(sentence, &|_| false).map(|(n, _)| n));
        if let Some(label) = label.filter(|l| self.names_actor(l)) {
            return self.context.owners(label);
        }
        if let Some(name) = named_owner(sentence).or_else(|| named_owner(&self.block.text)) {
            return self.context.owners(name);
        }
        // "IV/KH plenary agenda draft", "all review the slides": initials
        // joined by a slash, or everyone, before the task.
        let mut words = sentence.split_whitespace();
        if let (Some(first), Some(second)) = (words.next(), words.next()) {
            let parts: Vec<&str> = first.split('/').collect();
            if parts.len() >= 2 && parts.iter().all(|p| self.context.person(p).is_some()) {
                return parts.iter().flat_map(|p| self.context.owners(p)).collect();
            }
            let everyone =
                ["all", "everyone", "everybody"].contains(&first.to_lowercase().as_str());
            let task = second.starts_with(char::is_lowercase)
                && ![
                    "of", "the", "to", "in", "on", "for", "other", "open", "items", "actions",
                ]
                .contains(&second);
            if everyone && task {
                return vec![sections::upper_first(&first.to_lowercase())];
            }
        }
        // "Confirm the build — Owner: TBD": the record says nobody yet.
        if self.block.text.to_ascii_lowercase().contains("owner:") {
            return Vec::new();
        }
        if let Some(owner) = self.list_owner {
            return self.context.owners(owner);
        }
        match self.topic {
            Some(topic) if topic.split_whitespace().count() <= 3 => {
                self.context.person(topic).into_iter().collect()
            }
            _ => Vec::new(),
        }
    }

    /// "The working group requested the secretariat:" / "(a) To prepare a
    /// compilation …": an entry that finishes its lead-in's sentence is
    /// read with it, and its actors are the lead-in's.
    fn continued(&self, sentence: &str, explicit: bool) -> Option<actions::Found> {
        let lead = self.lead_in?.trim_end().strip_suffix(':')?;
        let rest = sentence.strip_prefix("To ")?;
        if !rest.starts_with(char::is_lowercase) {
            return None;
        }
        let whole = format!("{lead} to {rest}");
        let is_person = |phrase: &str, _: bool| self.context.person(phrase).is_some();
        let found = actions::find(&whole, &tokens(&whole), explicit, &is_person)?;
        let owners: Vec<String> = found.parts.into_iter().flat_map(|(_, o)| o).collect();
        Some(actions::Found {
            parts: vec![(0, owners)],
            passive: found.passive,
        })
    }

    /// Whether a label names who acts: someone the record lists, a handle,
    /// a chat nick, or people by their role ("Chairs", "Editors").
    fn names_actor(&self, label: &str) -> bool {
        // "Lena (Secretariat)", "Renata (LACNIC)": someone, and where from.
        if let Some((who, _)) = label.strip_suffix(')').and_then(|l| l.split_once(" (")) {
            return self.names_actor(who.trim());
        }
        // "Dev + Lucía", "Héctor, Esteban, Joaquín": each one someone.
        // "Jonas Weber / Hana Svobodová", "Host team / Rasa": a slash too.
        let joined: Vec<&str> = label
            .split([',', '+', '&', '/'])
            .flat_map(|p| p.split(" and "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        // A full name needs no list to be someone: "Tobias Ekwueme, Ruth
        // Lindqvist: publish …" in a mail that lists nobody.
        if joined.len() > 1 {
            return joined.iter().all(|p| {
                self.names_actor(p) || owner_hints::full_name(p) || owner_hints::names_body(p)
            });
        }
        let one_word = !label.contains(' ');
        let nick = one_word
            && self.block.speaker.is_some()
            && label
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-'));
        let people = tokens(label)
            .last()
            .is_some_and(|t| actions::names_people(t) && label.split_whitespace().count() <= 3);
        // "All DCs", "all SC", "Everyone on the list": all of some people.
        let all_of = label.split_whitespace().count() <= 5
            && label.split_whitespace().next().is_some_and(|w| {
                ["all", "everyone", "everybody"].contains(&w.to_lowercase().as_str())
            });
        // "All: check your rows": everyone, as "Everyone:" says.
        self.context.roster.find(label).is_some()
            || label.eq_ignore_ascii_case("all")
            || all_of
            || owner_hints::names_body(label)
            || (one_word && label.starts_with('@') && label.len() > 1)
            || nick
            || people
    }

    /// "… will be shared with the MSC by Ms. Tuilau in the coming weeks",
    /// "will be filed by Mehmet Demir as treasurer": the one the passive
    /// names as doing it, someone the record knows.
    fn passive_agent(&self, clause: &str) -> Option<String> {
        let (_, after) = clause.split_once(" by ")?;
        let words: Vec<&str> = after
            .split_whitespace()
            .map(|w| w.trim_end_matches([',', '.', ';', ':']))
            .skip_while(|w| TITLES.contains(&w.trim_end_matches('.').to_lowercase().as_str()))
            .take_while(|w| w.starts_with(char::is_uppercase))
            .take(4)
            .collect();
        (1..=4)
            .rev()
            .filter(|&n| n <= words.len())
            .find_map(|n| self.context.person(&words[..n].join(" ")))
    }

    /// Who does a task said in the passive: the body the line or section
    /// names ("WG-Hybrid: … a survey will be shared"), else the actor the
    /// nearest earlier sentence of the paragraph opens with, else the body
    /// heading the section.
    fn context_owner(&self, sentence: &str, earlier: &[&str]) -> Vec<String> {
        let group = self.group(sentence);
        // "AOB" is a part of the meeting, not a body that acts.
        let is_body = |g: &str| {
            g != "AOB"
                && (glossary::is_acronym(g) || self.outline.groups.iter().any(|x| x.label == g))
        };
        if let Some(g) = group.as_deref().filter(|g| is_body(g)) {
            return vec![g.to_string()];
        }
        // "Below is the chairs' summary …": an opening word is an actor
        // only if it names someone.
        let acts = |actor: &String| {
            self.context.person(actor).is_some()
                || is_body(actor)
                || tokens(actor)
                    .last()
                    .is_some_and(|t| is_people_word(t) || t.is("Secretariat"))
        };
        if let Some(actor) = earlier
            .iter()
            .rev()
            .find_map(|s| actions::opening_actor(s).filter(acts))
        {
            return self.context.owners(&actor);
        }
        group
            .filter(|g| g.split_whitespace().count() <= 3 && g.starts_with(char::is_uppercase))
            .filter(|g| g != "AOB")
            .map(|g| self.context.owners(&g))
            .unwrap_or_default()
    }

    /// Owner phrases as the record means them: "I" is the speaker, "he"
    /// the person the previous sentence opens with.
    fn resolve(
        &self,
        phrases: &[String],
        opening: &Opening,
        sentence: &str,
        earlier: &[&str],
    ) -> Vec<String> {
        let previous = earlier.last().copied();
        let mut out: Vec<String> = Vec::new();
        // "Tariq and I": whoever speaks, then the one named (as readers
        // list them).
        // "He and Fatima will put together …": whom "he" means, and Fatima.
        let pieces = phrases.iter().flat_map(|p| match p.rsplit_once(" and ") {
            Some((named, pronoun)) if FIRST_PERSON.contains(&pronoun.to_lowercase().as_str()) => {
                vec![pronoun, named]
            }
            _ => match p.split_once(" and ") {
                Some((pronoun, named))
                    if ["he", "she"].contains(&pronoun.to_lowercase().as_str()) =>
                {
                    vec![pronoun, named]
                }
                _ => vec![p.as_str()],
            },
        });
        // "… pending. Emil: \"I'll send the deck …\"": a speaker named
        // mid-paragraph, for the sentence they say.
        let quoted = sentence
            .split_once(": ")
            .map(|(label, _)| label.trim())
            .filter(|label| label.split_whitespace().count() <= 3)
            .and_then(|label| self.context.person(label));
        // "I will post the charter vote on Monday. — Ines": a note signed
        // at its end.
        let signed = || {
            let text = self.block.text.trim_end();
            let (_, name) = text
                .rsplit_once(" — ")
                .or_else(|| text.rsplit_once(" -- "))?;
            let name = name.trim().trim_end_matches('.');
            (name.split_whitespace().count() <= 3)
                .then(|| self.context.person(name))
                .flatten()
        };
        for phrase in pieces {
            let lower = phrase.to_lowercase();
            let names = if FIRST_PERSON.contains(&lower.as_str())
                && let Some(speaker) = quoted.clone().or_else(signed)
            {
                vec![speaker]
            } else if FIRST_PERSON.contains(&lower.as_str())
                && opening.speaker.is_none()
                && !lower.starts_with("we")
                && let Some(who) = quoted_by(sentence).and_then(|s| self.subject_person(&tokens(s)))
            {
                // "@bencarter offered to pick up #1833 — \"I'll have a PR up
                // by Friday\"": the one the sentence names says the quote.
                vec![who]
            } else if FIRST_PERSON.contains(&lower.as_str()) {
                let we = lower.starts_with("we") || lower == "us";
                match (&opening.speaker, self.home, self.author) {
                    (Some(s), _, _) => self.context.owners(s),
                    (None, Some(home), _) if we => vec![home.to_string()],
                    (None, _, Some(author)) if !we => self.context.owners(author),
                    (None, _, _) => self.context.owners(phrase),
                }
            } else if lower == "it" {
                // "The Secretariat indicated that it would share …".
                actions::opening_actor(sentence)
                    .filter(|actor| !actor.eq_ignore_ascii_case(phrase))
                    .map(|actor| self.context.owners(&actor))
                    .unwrap_or_default()
            } else if lower == "they" || lower == "those" {
                // "They undertook to …": whoever the sentence before opens
                // with; "@a and @b walked through it; they agreed to …":
                // whoever this one opens with.
                let opens_with_it = tokens(sentence).first().is_some_and(|t| t.is(phrase));
                (!opens_with_it)
                    .then(|| actions::opening_actor(sentence))
                    .flatten()
                    .filter(|actor| !actor.eq_ignore_ascii_case(phrase))
                    .or_else(|| previous.and_then(actions::opening_actor))
                    .map(|actor| self.context.owners(&actor))
                    .unwrap_or_else(|| self.context.owners(phrase))
            } else if THIRD_PERSON.contains(&lower.as_str()) {
                // "Dmitri said he would …": the person this sentence opens
                // with, else the one the previous sentence opens with.
                // "TJ suggested posting …; Marisol said she would send …":
                // the clause the pronoun stands in names whom it means.
                let clause = sentence
                    .split(';')
                    .find(|c| tokens(c).iter().any(|t| t.is(phrase)))
                    .unwrap_or(sentence);
                let own = tokens(clause);
                let in_clause = (clause.len() < sentence.len()
                    && !own.first().is_some_and(|t| t.is(phrase)))
                .then(|| self.subject_person(&own))
                .flatten();
                let toks = tokens(sentence);
                let opens_with_it = toks.first().is_some_and(|t| t.is(phrase));
                // "22. At the request of members, she will …" after "21. …,
                // Ms. Lucia Ferreyra, informed …": the paragraph before.
                // "Daniel reported … He explained … He will re-run …": back
                // past the sentences that open with a pronoun themselves.
                let opens_with_pronoun = |p: &&str| {
                    tokens(p)
                        .first()
                        .is_some_and(|t| lower_in(t, &THIRD_PERSON))
                };
                let before = earlier
                    .iter()
                    .rev()
                    .take(3)
                    .find(|p| !opens_with_pronoun(p))
                    .or_else(|| earlier.last())
                    .copied()
                    .or_else(|| {
                        self.before
                            .and_then(|b| sentences(b).last().map(|&(s, e)| &b[s..e]))
                    });
                in_clause
                    .or_else(|| {
                        (!opens_with_it)
                            .then(|| self.subject_person(&toks))
                            .flatten()
                    })
                    .or_else(|| before.and_then(|p| self.subject_person(&tokens(p))))
                    // "Jonas: yes, the old image is kept … He will write the
                    // rollback procedure down": notes on what the speaker
                    // said name the speaker so.
                    .or_else(|| {
                        let speaker = opening.speaker.as_deref()?;
                        let names = |p: &str| {
                            tokens(p).iter().any(|t| {
                                t.is_capitalised() && self.context.person(t.text).is_some()
                            })
                        };
                        let named = names(sentence) || before.is_some_and(names);
                        (!named).then(|| self.context.person(speaker)).flatten()
                    })
                    .into_iter()
                    .collect()
            } else {
                self.context.owners(phrase)
            };
            for name in names {
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
        out
    }

    /// The person a sentence opens with ("Daniel explained …", "H.E. Mr.
    /// Samuel Okonjo informed …", "The Vice-Chair, Mr. Lindqvist, said …"),
    /// for a "he" in the next one.
    fn subject_person(&self, toks: &[super::words::Token<'_>]) -> Option<String> {
        // "Conflict of interest: Esther Mwangi noted …": a topic label
        // first; "Wes gave a status update: the migration …": the person
        // before the colon.
        let label = (1..toks.len().min(6)).find(|&j| toks[j].text == ":");
        label
            .and_then(|j| self.person_opening(&toks[j + 1..]))
            .or_else(|| self.person_opening(toks))
    }

    fn person_opening(&self, toks: &[super::words::Token<'_>]) -> Option<String> {
        // "(question from Kwame in the chat) -- Oleksandr said yes, he will
        // fix it": an aside first, then who.
        let toks = match toks.first() {
            Some(t) if t.text == "(" => {
                let close = toks.iter().position(|t| t.text == ")").unwrap_or(0);
                let rest = &toks[close + 1..];
                let dashes = rest.iter().take_while(|t| !t.is_word()).count();
                &rest[dashes..]
            }
            _ => toks,
        };
        // "In closing, the Chair thanked …": how it came, then who.
        let leading = toks.first().is_some_and(|t| {
            lower_in(
                t,
                &["in", "at", "finally", "lastly", "then", "also", "after"],
            )
        });
        let adverbial = (1..toks.len().min(5)).find(|&j| toks[j].text == ",");
        let toks = match adverbial {
            Some(j) if leading => &toks[j + 1..],
            _ => toks,
        };
        let is_title = |k: usize| {
            toks.get(k).is_some_and(|t| {
                lower_in(t, &TITLES)
                    || t.text == "."
                    || (t.text.len() == 1
                        && t.is_capitalised()
                        && toks.get(k + 1).is_some_and(|n| n.text == "."))
            })
        };
        // "The Vice-Chair, Ms. X,": the aside names the person.
        let aside = (1..toks.len().min(6))
            .find(|&j| toks[j].text == ",")
            .filter(|&j| toks.get(j + 1).is_some_and(|t| lower_in(t, &TITLES)))
            .map_or(0, |j| j + 1);
        let mut skip = aside;
        while is_title(skip) {
            skip += 1;
        }
        // "The Chair indicated that she would …": the role who reports.
        if skip == 0 && toks.first().is_some_and(|t| lower_in(t, &DETERMINERS)) {
            let role: Vec<&str> = toks
                .iter()
                .skip(1)
                .take_while(|t| t.is_word() && t.is_capitalised())
                .take(3)
                .map(|t| t.text)
                .collect();
            let reports = toks
                .get(1 + role.len())
                .is_some_and(|t| t.is_word() && !t.is_capitalised() && reporting_verb(t.text));
            if !role.is_empty() && reports {
                return self.context.owners(&role.join(" ")).into_iter().next();
            }
        }
        // "@jpmorel shared early numbers …": a handle is someone too.
        if let Some(handle) = toks.get(skip).filter(|t| t.is_handle())
            && toks
                .get(skip + 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalised() && reporting_verb(t.text))
        {
            return self.context.owners(handle.text).into_iter().next();
        }
        let titled = skip > 0;
        let run: Vec<&str> = toks
            .iter()
            .skip(skip)
            .take_while(|t| t.is_word() && t.is_capitalised())
            .take(3)
            .map(|t| t.text)
            .collect();
        if run.is_empty() {
            return None;
        }
        let name = run.join(" ");
        // "Kwame explained …", "Samir Haddadi explained …": a name with
        // its verb, in a record that does not list them.
        // "Jo Lindqvist also said she would …": an adverb between.
        let verb_at = skip
            + run.len()
            + usize::from(toks.get(skip + run.len()).is_some_and(|t| {
                lower_in(t, &["also", "then", "later", "again", "further", "briefly"])
            }));
        let reports = toks
            .get(verb_at)
            .is_some_and(|t| t.is_word() && !t.is_capitalised() && reporting_verb(t.text))
            && !lower_in(&toks[skip], &DETERMINERS);
        let person = self.context.person(&name);
        if titled {
            // "Mr. Lindqvist": the full name the record writes elsewhere.
            return person.or_else(|| self.context.owners(&name).into_iter().next());
        }
        person.or_else(|| reports.then_some(name))
    }

    fn table_row(&self, columns: Columns, cells: &[String]) -> Option<ActionItem> {
        // "| [x] | Helen Cho | Renew liability insurance |": done; "~~Set up
        // weekly ops sync~~": struck out, not agreed.
        let done = cells.iter().any(|c| {
            let c = c.trim();
            let struck =
                c.len() > 4 && c.starts_with("~~") && (c.ends_with("~~") || c.contains("~~ "));
            matches!(c, "[x]" | "[X]" | "☑" | "✅" | "✔") || struck
        });
        if done {
            return None;
        }
        let moved_to = match table::row_status(columns, cells) {
            table::RowStatus::Closed => return None,
            table::RowStatus::Open(moved_to) => moved_to,
        };
        let (task, owner, due_cell) = table::row(columns, cells)?;
        // A reviewer's initialled note in the row: "**[IK] please ignore,
        // not agreed**" strikes it, "Mario Vitols **[IK] Māris Vītols**"
        // names its owner.
        let task = match corrections::initialled(task) {
            Some((_, note)) if corrections::strikes(note) => return None,
            Some((said, _)) => said,
            None => task,
        };
        let owner = owner.map(|o| corrections::initialled(o).map_or(o, |(_, name)| name));
        // "| – | Open Data Day 2026 takes place in Tartu |": a date to
        // note, nobody's task.
        let lower = task.to_ascii_lowercase();
        if owner.is_none()
            && ["takes place", "will take place", "is held"]
                .iter()
                .any(|e| lower.contains(e))
        {
            return None;
        }
        let due_cell = moved_to.or(due_cell);
        let owners = owner.map(|o| self.context.owners(o)).unwrap_or_default();
        let mut item = self.item(task, 0, owners, true);
        if let Some(group) = table::row_group(columns, cells) {
            item.group = Some(group.to_string());
        }
        if let Some(cell) = due_cell {
            // A due column's "Monday" is the Monday after the meeting.
            let due = due::due_in(cell, self.meeting, self.zone)
                .or_else(|| due::cell_date(cell, self.meeting))
                .or_else(|| due::due_in(&format!("by {cell}"), self.meeting, self.zone));
            item.due = self.ahead(due, cell);
            // "—" in the When column: no time was given.
            // A date gone by is no timing either: an older action's.
            let dated = due.is_some() || due::cell_date(cell, self.meeting).is_some();
            item.timing = if item.due.is_none() && !dated && cell.contains(char::is_alphanumeric) {
                Some(cell.to_string())
            } else {
                None
            };
        }
        Some(item)
    }

    /// A due date lies ahead: a day before the meeting, or one of the days
    /// of a meeting held over several ("At its 8th meeting, on 19 April,
    /// the Commission adopted …"), says when something happened; but a
    /// deadline ("by 12:00 CET on Wednesday, 4 March") after the day the
    /// record reports is still ahead.
    fn ahead(&self, due: Option<Due>, text: &str) -> Option<Due> {
        due.filter(|d| match self.held {
            Some((first, last)) if last > first => {
                d.date > last || self.meeting.is_some_and(|m| d.date > m) && deadline(text)
            }
            Some((first, _)) => d.date >= first,
            None => true,
        })
    }

    fn item(&self, sentence: &str, at: usize, owners: Vec<String>, explicit: bool) -> ActionItem {
        let due = self
            .ahead(due::due_in(sentence, self.meeting, self.zone), sentence)
            .or_else(|| self.due_said_before(sentence, at));
        ActionItem {
            id: String::new(),
            line: self.block.line_at(at),
            end_line: self.block.end_line,
            owner: (!owners.is_empty()).then(|| owners.join(", ")),
            group: self.paragraph_group(sentence, at),
            timing: if due.is_none() {
                timing::find(sentence)
            } else {
                None
            },
            due,
            kind: if explicit {
                Kind::Explicit
            } else {
                Kind::Implicit
            },
            text: sentence.to_string(),
            source: self.block.text.clone(),
            links: links_in(sentence, &self.block.links),
            section: self.outline.section_of[self.index],
        }
    }

    /// "… closes on 27 February. Members were encouraged to nominate
    /// experts before that date.", "The next PNAI call will take place on
    /// 26 March at 14:00 UTC. MAG members were encouraged to join it.":
    /// a sentence that points back to a date, or asks people to take part
    /// in what the sentence before dates, is due then.
    fn due_said_before(&self, sentence: &str, at: usize) -> Option<Due> {
        let lower = sentence.to_lowercase();
        let points_back = [
            "that date",
            "before then",
            "by then",
            "that deadline",
            "the deadline",
            "that time",
        ]
        .iter()
        .any(|p| lower.contains(p));
        let takes_part = [
            "to join",
            "to attend",
            "to participate",
            "to take part",
            "to register",
        ]
        .iter()
        .any(|p| lower.contains(p))
            && sentence.split_whitespace().count() <= 14;
        if !(points_back || takes_part) {
            return None;
        }
        let before = self.block.text.get(..at).filter(|b| !b.trim().is_empty());
        let said = match before {
            Some(text) => sentences(text).last().map(|&(s, e)| &text[s..e]),
            None => self
                .before
                .and_then(|b| sentences(b).last().map(|&(s, e)| &b[s..e])),
        }?;
        // Only what the sentence before dates as an event or a deadline.
        let said_lower = said.to_lowercase();
        let dated_event = [
            "call",
            "meeting",
            "webinar",
            "session",
            "consultation",
            "deadline",
            "close",
            "closes",
            "open until",
            "due",
        ]
        .iter()
        .any(|w| said_lower.contains(w));
        if !dated_event {
            return None;
        }
        self.ahead(due::due_in(said, self.meeting, self.zone), said)
    }

    fn decision(&self, text: &str, at: usize) -> Decision {
        Decision {
            line: self.block.line_at(at),
            text: text.to_string(),
            group: self.group(text),
        }
    }

    /// A group the sentence names, else the group of its section, else the
    /// topic its list entry is nested under.
    fn group(&self, sentence: &str) -> Option<String> {
        // "WG-Strategy: the co-facilitators …": a line naming its group is
        // more precise than the section it stands in.
        // "Dynamic Coalitions (DCs): a call …" names its body by the pair.
        let label_group = self.label_topic.and_then(|l| {
            if self.tagged
                || glossary::is_acronym(l)
                || self.outline.groups.iter().any(|g| g.label == *l)
            {
                return Some(l.to_string());
            }
            let (label, pair) = sections::group_label(l);
            pair.map(|_| label)
        });
        let section_group = label_group
            .or_else(|| self.section_group())
            .or_else(|| self.topic_group())
            // "All WG members: speaker proposals …": whose task, not what
            // it belongs to. "[Dana] Runbook update: …" in a next-steps
            // list: what the entry is, which no reader took for its group
            // (23 held-out entries: the list's name or the topic discussed).
            .or_else(|| {
                self.label_topic
                    .filter(|l| !self.names_actor(l))
                    .filter(|_| !self.outline.within(self.index, Purpose::Actions))
                    .map(str::to_string)
            });
        let named = self.named_groups(sentence);
        // "16. National and Regional IGF Initiatives (NRIs): 31 NRIs have
        // confirmed …", "15. The Policy Network on AI (PNAI) has started
        // …": a numbered paragraph that opens with one group is its part
        // of the section.
        let opening_group = || {
            self.block.ordinal?;
            let &(s, e) = sentences(&self.block.text).first()?;
            let first = &self.block.text[s..e];
            // Only as a run-in heading ("… (NRIs): …", "… (WG-Hybrid).")
            // or a topic ("With regard to … (NRIs), …"): a group that
            // merely speaks first does not own what others are asked.
            let close = first.find(')')?;
            let after = first[close + 1..].trim_start();
            let run_in = after.is_empty() || after.starts_with([':', '.', '—', '–']);
            let topic = [
                "with regard to",
                "regarding",
                "as regards",
                "on the",
                "concerning",
            ]
            .iter()
            .any(|p| first.to_lowercase().starts_with(p))
                && after.starts_with(',');
            if !(run_in || topic) {
                return None;
            }
            let head = &first[..close + 1];
            // "National and Regional IGF Initiatives (NRIs)": the pair
            // names the group, whether or not the record defines it again.
            if run_in
                && let (label, Some(_)) = sections::group_label(head)
                && !label.eq_ignore_ascii_case("secretariat")
            {
                return Some(label);
            }
            match self.named_groups(head).as_slice() {
                [one] if !one.eq_ignore_ascii_case("secretariat") => Some((*one).to_string()),
                _ => None,
            }
        };
        match named.as_slice() {
            [] if section_group.is_none() => opening_group().or_else(|| self.topic_named(sentence)),
            [] => opening_group().or(section_group),
            _ if section_group.as_deref().is_some_and(|s| named.contains(&s)) => section_group,
            [first, ..] => Some((*first).to_string()),
        }
    }

    /// "updated key management appendix for BPSec" in the action list: a
    /// topic of the record whose name is a name ("BPSec", "TCPCLv4"), by
    /// that name.
    fn topic_named(&self, sentence: &str) -> Option<String> {
        let toks = tokens(sentence);
        self.outline
            .sections
            .iter()
            .filter_map(|s| s.group.as_deref())
            .find(|label| {
                !label.contains(' ')
                    && label.chars().skip(1).any(char::is_uppercase)
                    && toks.iter().any(|t| t.text == *label)
            })
            .map(str::to_string)
    }

    /// The groups a text names, by acronym or by one of their names.
    fn named_groups(&self, sentence: &str) -> Vec<&str> {
        if self.outline.groups.is_empty() {
            return Vec::new();
        }
        let toks = tokens(sentence);
        // The sentence is stemmed once, and only if some group has a long name.
        let mut words: Option<Vec<(usize, String)>> = None;
        let mut named: Vec<&str> = Vec::new();
        for (g, names) in self.outline.groups.iter().zip(self.group_stems) {
            // "the DCCG's request" names the DCCG.
            let by_acronym = toks.iter().any(|t| {
                let bare = t
                    .text
                    .strip_suffix("'s")
                    .or_else(|| t.text.strip_suffix("’s"));
                t.text == g.acronym || bare == Some(g.acronym.as_str())
            });
            let by_name = !by_acronym
                && names.iter().any(|wanted| {
                    let words = words.get_or_insert_with(|| glossary::word_stems(&toks));
                    glossary::find_stems(wanted, words).is_some()
                });
            if by_acronym || by_name {
                named.push(g.label.as_str());
            }
        }
        named
    }

    /// "The BPF Cybersecurity presented … Its co-facilitator will …": a
    /// sentence that opens by pointing back names the body named before it
    /// in its paragraph.
    fn paragraph_group(&self, sentence: &str, at: usize) -> Option<String> {
        let points_back = ["Its ", "Their "].iter().any(|p| sentence.starts_with(p));
        if points_back && at > 0 && self.named_groups(sentence).is_empty() {
            let before = self.block.text.get(..at).unwrap_or_default();
            if let Some(g) = self.named_groups(before).first() {
                return Some((*g).to_string());
            }
        }
        self.group(sentence)
    }

    /// The topic a list entry is nested under; in an action list that is
    /// whose actions follow ("Action items, by person"), not a topic.
    fn topic_group(&self) -> Option<String> {
        if self.outline.within(self.index, Purpose::Actions) || self.announced {
            return None;
        }
        // "[cblecker] Annual reports": who presented is not the topic.
        let topic = sections::topic_of(self.topic?);
        (topic.split_whitespace().count() <= 12).then(|| topic.trim_end_matches(':').to_string())
    }

    /// The innermost enclosing section that names a group (an "Action items"
    /// heading names none: its items belong to the section around it).
    fn section_group(&self) -> Option<String> {
        let mut s = self.outline.section_of[self.index]?;
        loop {
            // A heading that names a person says whose items follow, not a group.
            if self.outline.purposes[s] == Purpose::Discussion
                && let Some(group) = &self.outline.sections[s].group
                // "## Vendor onboarding weekly sync" over a note taker's
                // summary and details: the meeting, not a part of it.
                && !names_the_meeting(group, self.title)
                && group
                    .split([',', '&'])
                    .all(|n| self.context.roster.find(n.trim()).is_none())
                // "**Kwabena Owusu-Ansah**" over his entries: whose, not what.
                && self.list_owner != Some(group.as_str())
                && !(self.outline.within(self.index, Purpose::Actions)
                    && owner_hints::names_people(group))
            {
                return Some(group.clone());
            }
            // An action list's entries are the meeting's, not those of the
            // topic it happens to follow ("5. AOB" then "Action items"). The
            // list's own heading is given to them after merging (see
            // `extract`), so that it never keeps an entry apart from the
            // discussion that said it first.
            if self.outline.purposes[s] == Purpose::Actions {
                return None;
            }
            s = self.outline.parent[s]?;
        }
    }
}

/// "APAC Launch Weekly Sync" under the title "APAC Launch Weekly Sync -
/// 2024/06/18 09:00 JST - Notes by Gemini": the heading is the meeting's
/// name.
fn names_the_meeting(heading: &str, title: &str) -> bool {
    heading.eq_ignore_ascii_case(title)
        || heading.split_whitespace().count() >= 2
            && title
                .get(..heading.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(heading))
            && title[heading.len()..]
                .trim_start()
                .starts_with(['-', '–', '—', '|', ','])
}

/// "**Motion 1:** That up to £6,000 be allocated … Proposed: … Carried
/// (6 for …)": a motion carried is a decision; one that fell or was
/// withdrawn is not, and a "RESOLVED:" line says the decision itself.
fn carried_motion(text: &str) -> Option<&str> {
    // Most blocks are no motion: the label is looked at before anything else.
    motion_of(text)?;
    let lower = text.to_lowercase();
    (says_carried(&lower) && !lower.contains("resolved:") && !lower.contains("resolution:"))
        .then(|| motion_of(text))
        .flatten()
}

/// "Carried unanimously", "Motion passed." — not "not carried".
fn says_carried(lower: &str) -> bool {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "carried" || w == "passed")
        && !lower.contains("not carried")
        && !lower.contains("not passed")
}

/// What "Motion 1: That …" or "Motion to spend $400: moved by Owen" moves,
/// up to who proposed it.
fn motion_of(text: &str) -> Option<&str> {
    let rest = if text
        .get(..10)
        .is_some_and(|w| w.eq_ignore_ascii_case("motion to "))
    {
        &text[7..]
    } else {
        let (label, rest) = text.split_once(':')?;
        let label = label.trim();
        let lower = label.to_lowercase();
        // "Motion 1:", "**Vote:** adopt the revised charter".
        if !(lower.starts_with("motion") || lower == "vote") || label.split_whitespace().count() > 2
        {
            return None;
        }
        rest
    };
    let end = [
        "Proposed", "Moved", "Seconded", "Carried", ": moved", ", moved",
    ]
    .iter()
    .filter_map(|w| rest.find(w))
    .min()
    .unwrap_or(rest.len());
    Some(rest[..end].trim()).filter(|m| !m.is_empty())
}

/// "join the call", "register for the webinar": an event named as one the
/// reader knows of already.
/// Only taking part happens on the event's day: promoting "the call" or
/// sharing "the webinar" has no such date.
fn refers_back_to_event(sentence: &str) -> Option<&'static str> {
    let lower = sentence.to_ascii_lowercase();
    let takes_part = [
        "join",
        "attend",
        "register",
        "participate",
        "take part",
        "dial in",
    ]
    .iter()
    .any(|v| lower.contains(v));
    if !takes_part {
        return None;
    }
    // "the call", "the incubator call": one word may say which.
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    (1..words.len()).find_map(|j| {
        let event = ["call", "meeting", "webinar", "session", "workshop", "event"]
            .into_iter()
            .find(|e| *e == words[j])?;
        (words[j - 1] == "the" || j >= 2 && words[j - 2] == "the").then_some(event)
    })
}

/// Whether a sentence opens with a question ("will ppl come …? quick
/// poll …"), which chat writers do not end with a capital.
fn asks_first(sentence: &str) -> bool {
    let Some((question, _)) = sentence.split_once("? ") else {
        return false;
    };
    // "Rosa, can you check it? yes, will do": asked of someone, who agreed.
    if question.to_ascii_lowercase().contains(" you ") {
        return false;
    }
    let first = question
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    [
        "will", "would", "can", "could", "should", "shall", "do", "does", "did", "is", "are",
    ]
    .contains(&first.as_str())
}

/// "editors, please don't merge anything until …", "Do not close the
/// issue yet": a request not to act.
fn asks_not_to(lower: &str) -> bool {
    let request = lower
        .split_once(", ")
        .filter(|(who, _)| who.split_whitespace().count() <= 3)
        .map_or(lower, |(_, rest)| rest);
    let request = request.strip_prefix("please ").unwrap_or(request);
    request.starts_with("don't ") || request.starts_with("don’t ") || request.starts_with("do not ")
}

/// "(Daniel Osei)", "(Grace Kim, Tom Baker)": names in brackets, nothing else.
fn is_name_note(sentence: &str) -> bool {
    sentence
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .is_some_and(|inner| {
            !inner.is_empty()
                && inner
                    .split([',', ' '])
                    .filter(|w| !w.is_empty() && *w != "and" && *w != "&")
                    .all(|w| w.starts_with(char::is_uppercase))
        })
}

/// A note on how the minutes were made ("formatted by scribe.perl").
fn is_colophon(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    // W3C's generator signs its footer, which may break over two blocks.
    ["formatted by", "generated by", "scribe.perl"]
        .iter()
        .any(|m| lower.contains(m))
}

/// A summary of resolutions repeats the resolutions: each is kept once.
fn unique_decisions(decisions: Vec<Decision>) -> Vec<Decision> {
    let mut seen = std::collections::HashSet::new();
    decisions
        .into_iter()
        .filter(|d| seen.insert(id::normalise(&d.text)))
        .collect()
}

/// "by 12:00", "by Wednesday", "by 4 March": a sentence that sets a deadline.
fn deadline(text: &str) -> bool {
    text.match_indices("by ").any(|(i, _)| {
        let after = text[i + 3..].split([' ', ',']).next().unwrap_or("");
        (i == 0 || text[..i].ends_with(' '))
            && (after.starts_with(|c: char| c.is_ascii_digit())
                || due::is_weekday(after)
                || due::is_month(after))
    })
}

fn links_in(sentence: &str, links: &[Link]) -> Vec<Link> {
    links
        .iter()
        .filter(|l| sentence.contains(&l.text))
        .cloned()
        .collect()
}

/// Ids from the text; a repeated text gets "-2", "-3" so ids stay unique.
fn assign_ids(items: &mut [ActionItem]) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for item in items {
        let base = id::item_id(&item.text);
        let n = seen.entry(base.clone()).or_insert(0);
        *n += 1;
        item.id = if *n == 1 { base } else { format!("{base}-{n}") };
    }
}

/// "… [Ingrid takes this]", "… (Omar will take it)": the task and who
/// claims it.
/// "together with the Secretariat", "pair with Rahul": who shares the task,
/// when the words say so and name someone (a capital, or "the X").
fn partner_in(clause: &str) -> Option<&str> {
    let lower = clause.to_ascii_lowercase();
    let at = [
        "together with ",
        "jointly with ",
        "in collaboration with ",
        "pair with ",
        "pair up with ",
    ]
    .iter()
    .find_map(|p| lower.find(p).map(|at| at + p.len()))?;
    let rest = &clause[at..];
    // "together with Ms. Raghavan,": a title's stop ends no name.
    let titled = ["Ms. ", "Mr. ", "Mrs. ", "Dr. ", "Prof. "]
        .iter()
        .find(|t| rest.starts_with(**t))
        .map_or(0, |t| t.len());
    let end = rest[titled..]
        .find([',', ';', '.', '('])
        .map(|e| e + titled)
        .or_else(|| {
            [" on ", " to ", " for ", " in ", " by ", " before ", " and "]
                .iter()
                .filter_map(|w| rest.find(w))
                .min()
        })
        .unwrap_or(rest.len());
    let partner = rest[..end].trim();
    let named = partner
        .trim_start_matches("the ")
        .starts_with(char::is_uppercase);
    (named && (1..=4).contains(&partner.split_whitespace().count())).then_some(partner)
}

/// "… [Ingrid takes this]": the task and who claims it; the task is empty
/// when the claim stands alone ("Someone needs to book the room. [@gsantos
/// takes this]": the sentence before). "[Farid takes the selectAudioOutput
/// tests]": the claim names its task.
fn claimed(sentence: &str) -> Option<(&str, &str)> {
    let s = sentence.trim_end_matches('.').trim_end();
    let inner = s.strip_suffix([']', ')'])?;
    let open = inner.rfind(['[', '('])?;
    let claim = &inner[open + 1..];
    let person = |who: &str| {
        !who.is_empty()
            && (who.starts_with(char::is_uppercase) || who.starts_with('@'))
            && who.split_whitespace().count() <= 3
    };
    let task = inner[..open].trim_end();
    if let Some(who) = ["takes this", "takes it", "will take this", "will take it"]
        .iter()
        .find_map(|t| claim.strip_suffix(t))
        .map(str::trim)
    {
        return person(who).then_some((task, who));
    }
    let (who, what) = claim.split_once(" takes ")?;
    (task.is_empty() && person(who.trim()) && what.split_whitespace().count() >= 2)
        .then_some((claim, who.trim()))
}

/// A sentence without a reviewer's note set inside it ("Tamsin [TA: it was
/// Rosalind, not Tamsin] will ask …" → "Tamsin will ask …"); a note that
/// ends the sentence, or one that is the whole sentence, stays.
/// "[Sec: Roshan Wickramasinghe]* will update …" after struck words: the
/// words the note puts in their place, and what follows the note.
fn replacement(after: &str) -> Option<(&str, &str)> {
    let closer = match after.chars().next()? {
        '[' => ']',
        '(' => ')',
        _ => return None,
    };
    let close = after.find(closer)?;
    let (label, new) = after[1..close].split_once(": ")?;
    let signed = (1..=2).contains(&label.split_whitespace().count())
        && label.starts_with(char::is_uppercase)
        && label.len() <= 16;
    let rest = after[close + 1..].trim_start_matches(['*', '_']);
    let goes_on = rest.starts_with(' ')
        && rest
            .trim_start()
            .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
    (signed && !new.trim().is_empty() && goes_on).then_some((new.trim(), rest))
}

/// "~~Ruwan~~ *[Sec: Roshan Wickramasinghe]* will update", "will
/// ~~finalize~~ *[Sec: circulate a revised version of]* logo B": the
/// sentence with the reviewer's words in place of the struck ones.
fn with_replacements(sentence: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    let mut out = String::new();
    let mut rest: &str = &sentence;
    while let Some((before, _, after)) = inline::split_struck(rest) {
        let Some((new, tail)) = replacement(after.trim_start_matches([' ', '*', '_'])) else {
            out.push_str(&rest[..rest.len() - after.len()]);
            rest = after;
            continue;
        };
        out.push_str(before);
        out.push_str(new);
        rest = tail;
    }
    if out.is_empty() {
        return sentence;
    }
    out.push_str(rest);
    out.into()
}

/// "circulate the draft by ~~March 3~~ March 10": words struck out and
/// replaced are no longer said; the sentence reads with what replaced them.
fn without_struck(sentence: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    let mut out = String::new();
    let mut rest: &str = &sentence;
    while let Some((before, _, after)) = inline::split_struck(rest) {
        let after = after.trim_start();
        // Struck with nothing in its place: a note says what became of it.
        if before.is_empty() && out.is_empty()
            || after.is_empty()
            || after.starts_with(['[', '(', '.', '—', '-'])
        {
            return sentence;
        }
        out.push_str(before);
        rest = after;
    }
    if out.is_empty() {
        return sentence;
    }
    out.push_str(rest);
    out.into()
}

/// "ACTION: [rev] Priya Venkataraman to draft …", "[Added – WN] All MOC
/// members to send …": the sentence without the tag a reviewer put
/// before it, which says it was changed, not who acts.
fn without_edit_tag(sentence: &str) -> &str {
    // Not "[Correction]", which opens a reviewer's note of its own.
    const EDITS: [&str; 9] = [
        "rev", "revised", "new", "added", "edit", "edited", "update", "updated", "amended",
    ];
    let Some((tag, rest)) = sentence
        .trim_start()
        .strip_prefix('[')
        .and_then(|t| t.split_once(']'))
    else {
        return sentence;
    };
    let first = tag
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let rest = rest.trim_start_matches(['*', '_']).trim_start();
    if tag.contains(':')
        || tag.split_whitespace().count() > 3
        || !EDITS.contains(&first.as_str())
        || rest.is_empty()
    {
        return sentence;
    }
    rest
}

fn without_inline_note(sentence: &str) -> std::borrow::Cow<'_, str> {
    let Some(open) = sentence.find('[') else {
        return sentence.into();
    };
    let Some(close) = sentence[open..].find(']').map(|c| open + c) else {
        return sentence.into();
    };
    let note = &sentence[open + 1..close];
    let labelled = note
        .split_once(':')
        .is_some_and(|(label, _)| (1..=6).contains(&label.trim().len()) && !label.contains(' '));
    let after = sentence[close + 1..].trim_start();
    if open == 0 || !labelled || after.is_empty() || after.starts_with(['.', '*']) {
        return sentence.into();
    }
    format!("{} {after}", sentence[..open].trim_end()).into()
}

/// "Anyone with Windows runners available is asked to …", "Volunteers for
/// booth duty should sign up": a word that names no one in particular
/// says who only with the words after it, which readers keep (writers of
/// held-out records 66 times to 8, and both readers of a record each of
/// the 11 times they met one; "MAG members wishing to …" are MAG members,
/// a body by its name, and stay so).
fn qualified_owner(owner: &str, text: &str) -> Option<String> {
    const INDEFINITE: [&str; 10] = [
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "volunteers",
        "contributors",
        "maintainers",
        "members",
        "participants",
        "implementers",
    ];
    const WHICH: [&str; 14] = [
        "who",
        "with",
        "for",
        "wishing",
        "interested",
        "attending",
        "planning",
        "willing",
        "that",
        "else",
        "on",
        "in",
        "from",
        "using",
    ];
    const VERB: [&str; 11] = [
        "is", "are", "should", "can", "will", "were", "was", "please", "may", "must", "would",
    ];
    if !INDEFINITE.contains(&owner.to_lowercase().as_str()) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if !words.first()?.eq_ignore_ascii_case(owner)
        || !WHICH.contains(&words.get(1)?.to_lowercase().as_str())
    {
        return None;
    }
    // "Members who had not yet done so were requested …": those still to
    // do it, whom readers call by the head alone.
    let lower: Vec<String> = words.iter().take(5).map(|w| w.to_lowercase()).collect();
    if lower.get(1).is_some_and(|w| w == "who")
        && lower.get(3).is_some_and(|w| w == "not" || w == "yet")
    {
        return None;
    }
    // The phrase runs to the verb of the sentence, within a few words.
    let end =
        (2..words.len().min(10)).find(|&k| VERB.contains(&words[k].to_lowercase().as_str()))?;
    // "Anyone on this list who would like to help …": whom the phrase
    // names, without the clause that begins to say what they would like.
    let end = if end > 2 && ["who", "that", "which"].contains(&words[end - 1]) {
        end - 1
    } else {
        end
    };
    let phrase = words[..end].join(" ");
    if phrase.contains([',', ';', ':', '(', '.']) {
        return None;
    }
    Some(super::sections::upper_first(&phrase))
}

/// "IGF MAG Working Group on Strategy (WG-Strategy) Meeting 2": the
/// working group a meeting's title names, by its short name.
fn working_group_of(title: &str) -> Option<String> {
    let (before, rest) = title.split_once('(')?;
    let (short, _) = rest.split_once(')')?;
    let lower = before.to_lowercase();
    (lower.contains("working group") && short.starts_with("WG") && !short.contains(' '))
        .then(|| short.to_string())
}

/// The body whose meeting a title names, as its members are called:
/// "Multistakeholder Advisory Group (MAG)" → "MAG", "WAIGF 2024
/// Organizing Committee" → "Organizing Committee".
fn body_of(title: &str) -> Option<String> {
    const BODIES: [&str; 8] = [
        "advisory group",
        "organizing committee",
        "organising committee",
        "steering committee",
        "steering group",
        "working group",
        "programme committee",
        "program committee",
    ];
    let lower = title.to_lowercase();
    let (at, body) = BODIES
        .iter()
        .filter_map(|b| lower.find(b).map(|at| (at, *b)))
        .min()?;
    let after = &title[at + body.len()..];
    // "… Advisory Group (MAG)": the body by its acronym.
    if let Some(short) = after
        .strip_prefix(" (")
        .and_then(|a| a.split_once(')'))
        .map(|(s, _)| s)
        .filter(|s| s.len() <= 8 && s.chars().all(|c| c.is_ascii_uppercase() || c == '-'))
    {
        return Some(short.to_string());
    }
    // "Working Group on Data Governance": a body named after its subject
    // is called by its kind alone.
    Some(super::sections::upper_first(&title[at..at + body.len()]))
}

/// A list of work left without anyone to do it: "Open (no owner)",
/// "Unassigned", "Parked (owner TBD)".
fn unowned(title: &str) -> bool {
    let lower = title.to_lowercase();
    [
        "no owner",
        "unassigned",
        "unowned",
        "owner tbd",
        "without owner",
        "needs an owner",
    ]
    .iter()
    .any(|w| lower.contains(w))
}
