//! The topic a closing list's entry is about. "Summary of actions: Olek --
//! captioning test" sums up what "Remote participation" discussed: the
//! entry shares words with that section, and with no other as much.

use std::collections::HashMap;

use super::blocks::Block;
use super::dedupe::content;
use super::sections::{Outline, Purpose};
use super::words::tokens;

/// The discussion sections of a record, each with its words.
pub struct Topics {
    /// Each section, its words, and the words of its heading.
    sections: Vec<(usize, Vec<u64>, Vec<u64>)>,
    /// In how many sections each word occurs: a word every section uses
    /// ("draft", "meeting") says little of which one an entry is about.
    spread: HashMap<u64, usize>,
}

impl Topics {
    pub fn new(blocks: &[Block], outline: &Outline) -> Topics {
        let mut words: Vec<Vec<u64>> = vec![Vec::new(); outline.sections.len()];
        for (b, block) in blocks.iter().enumerate() {
            if let Some(s) = outline.section_of[b] {
                words[s].extend(content(&tokens(&block.text)));
            }
        }
        let mut sections = Vec::new();
        for (s, mut w) in words.into_iter().enumerate() {
            if !discussed(outline, s) || outline.sections[s].group.is_none() {
                continue;
            }
            let title = content(&tokens(&outline.sections[s].title));
            w.extend(&title);
            w.sort_unstable();
            w.dedup();
            sections.push((s, w, title));
        }
        let mut spread = HashMap::new();
        for (_, w, _) in &sections {
            for k in w {
                *spread.entry(*k).or_insert(0) += 1;
            }
        }
        Topics { sections, spread }
    }

    /// The section `text` is about, when one stands out.
    pub fn of(&self, text: &str) -> Option<usize> {
        let words = content(&tokens(text));
        let n = self.sections.len() + 1;
        let mut scored: Vec<(usize, usize, usize)> = self
            .sections
            .iter()
            .map(|(s, w, title)| {
                let shared: Vec<&u64> = words
                    .iter()
                    .filter(|k| w.binary_search(k).is_ok())
                    .collect();
                // A rare word says more than a common one (counted in
                // integers: the app's bundle carries no floating-point
                // logarithm); a word of the heading names the topic and
                // counts twice.
                let score = shared
                    .iter()
                    .map(|k| {
                        let weight = if title.contains(k) { 2 } else { 1 };
                        // log2 of how much rarer than everywhere, in
                        // quarter steps: 0 for a word every section uses.
                        let rarity =
                            ((n as u128).pow(4) / (self.spread[*k] as u128).pow(4)).ilog2();
                        weight * rarity as usize
                    })
                    .sum::<usize>();
                (score, shared.len(), *s)
            })
            .collect();
        scored.sort_by_key(|x| std::cmp::Reverse(x.0));
        let (best, shared, s) = *scored.first()?;
        let second = scored.get(1).map_or(0, |x| x.0);
        (shared >= 2 && 2 * best >= 3 * second && best > 0).then_some(s)
    }
}

/// A section of the discussion: not a list of actions, the agenda, the
/// participants, and not within one.
fn discussed(outline: &Outline, mut s: usize) -> bool {
    loop {
        if outline.purposes[s] != Purpose::Discussion {
            return false;
        }
        match outline.parent[s] {
            Some(p) => s = p,
            None => return true,
        }
    }
}
