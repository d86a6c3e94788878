//! Blocks → a Record: runs the outline, owner, group and due-date rules
//! over every block and sentence, keeping where each item came from.

use super::actions;
use super::blocks::{Block, BlockKind, Marker};
use super::due;
use super::glossary::{self, Entry, find_name};
use super::id;
use super::meta;
use super::model::{ActionItem, Decision, Kind, Link, Record};
use super::owner::Context;
use super::participants;
use super::sections::{self, Outline, Purpose};
use super::timing;
use super::words::{sentences, tokens};

/// Markers that make a sentence an explicit action or a decision.
const ACTION_MARKERS: [&str; 5] = ["action item:", "action:", "actions:", "todo:", "to do:"];
const DECISION_MARKERS: [&str; 4] = ["resolution:", "resolved:", "decision:", "decided:"];

pub fn extract(blocks: &[Block]) -> Record {
    let glossary: Vec<Entry> = blocks
        .iter()
        .flat_map(|b| glossary::pairs_in(&b.text))
        .collect();
    let outline = sections::outline(blocks, &glossary);
    let meeting = meta::meeting(blocks, outline.header_end);
    let participants = participants::read(blocks, &outline);
    let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    let context = Context::new(&outline.groups, &texts);

    let mut items = Vec::new();
    let mut decisions = Vec::new();
    for (i, block) in blocks.iter().enumerate().skip(outline.header_end) {
        if block.is_heading()
            || matches!(
                outline.purpose_of(i),
                Purpose::Participants | Purpose::Agenda
            )
        {
            continue;
        }
        let reader = BlockReader {
            block,
            index: i,
            outline: &outline,
            context: &context,
            meeting: meeting.date,
        };
        reader.read(&mut items, &mut decisions);
    }
    assign_ids(&mut items);
    Record {
        meeting,
        sections: outline.sections,
        items,
        decisions,
        participants,
    }
}

struct BlockReader<'a> {
    block: &'a Block,
    index: usize,
    outline: &'a Outline,
    context: &'a Context<'a>,
    meeting: Option<chrono::NaiveDate>,
}

impl BlockReader<'_> {
    fn read(&self, items: &mut Vec<ActionItem>, decisions: &mut Vec<Decision>) {
        let text = &self.block.text;
        let in_actions = self.outline.within(self.index, Purpose::Actions);
        let in_decisions = self.outline.within(self.index, Purpose::Decisions);
        for (start, end) in sentences(text) {
            let sentence = &text[start..end];
            let lower = sentence.to_lowercase();
            if let Some(marker) = DECISION_MARKERS.iter().find(|m| lower.starts_with(*m)) {
                decisions.push(self.decision(sentence[marker.len()..].trim()));
                continue;
            }
            let marker = ACTION_MARKERS.iter().find(|m| lower.starts_with(*m));
            let body = marker.map_or(sentence, |m| sentence[m.len()..].trim());
            let explicit = marker.is_some()
                || self.block.marker() == Marker::Arrow
                || (in_actions
                    && matches!(
                        self.block.kind,
                        BlockKind::ListItem { .. } | BlockKind::Row(_)
                    ));
            let toks = tokens(body);
            match actions::find(body, &toks, explicit) {
                Some(found) => items.push(self.item(body, &found.owners, explicit)),
                None if marker.is_some() || (explicit && in_actions) => {
                    items.push(self.item(body, &[], true))
                }
                None if in_decisions
                    || lower.contains("agreed that")
                    || lower.contains("decided that") =>
                {
                    decisions.push(self.decision(sentence));
                }
                None => {}
            }
        }
    }

    fn item(&self, sentence: &str, owner_phrases: &[String], explicit: bool) -> ActionItem {
        let owners: Vec<String> = owner_phrases
            .iter()
            .flat_map(|p| self.context.owners(p))
            .collect();
        let mut unique: Vec<String> = Vec::new();
        for o in owners {
            if !unique.contains(&o) {
                unique.push(o);
            }
        }
        let due = due::due_in(sentence, self.meeting, None);
        ActionItem {
            id: String::new(),
            line: self.block.line,
            end_line: self.block.end_line,
            owner: (!unique.is_empty()).then(|| unique.join(", ")),
            group: self.group(sentence),
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

    fn decision(&self, text: &str) -> Decision {
        Decision {
            line: self.block.line,
            text: text.to_string(),
            group: self.group(text),
        }
    }

    /// A group the sentence names, else the group of its section.
    fn group(&self, sentence: &str) -> Option<String> {
        let section_group = self.section_group();
        let toks = tokens(sentence);
        let named: Vec<&str> = self
            .outline
            .groups
            .iter()
            .filter(|g| {
                toks.iter().any(|t| t.text == g.acronym)
                    || g.names.iter().any(|n| find_name(n, &toks).is_some())
            })
            .map(|g| g.label.as_str())
            .collect();
        match named.as_slice() {
            [] => section_group,
            _ if section_group.as_deref().is_some_and(|s| named.contains(&s)) => section_group,
            [first, ..] => Some((*first).to_string()),
        }
    }

    /// The innermost enclosing section that names a group (an "Action items"
    /// heading names none: its items belong to the section around it).
    fn section_group(&self) -> Option<String> {
        let mut s = self.outline.section_of[self.index]?;
        loop {
            if self.outline.purposes[s] == Purpose::Discussion {
                return self.outline.sections[s].group.clone();
            }
            let level = self.outline.sections[s].level;
            s = (0..s)
                .rev()
                .find(|&p| self.outline.sections[p].level < level)?;
        }
    }
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
