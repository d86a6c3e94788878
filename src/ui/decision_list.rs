//! What the meeting decided (`RESOLUTION:`, "agreed that", motions
//! carried): kept apart from the action items, which ask someone to act,
//! and narrowed by the same group and search as the list above.

use leptos::prelude::*;

use super::state::use_state;

#[component]
pub fn DecisionList() -> impl IntoView {
    let state = use_state();
    let decisions = Memo::new(move |_| {
        if state.all.get() {
            return Vec::new();
        }
        let record = state.record.get();
        state.filter.with(|f| {
            f.decisions(&record.decisions)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let summary = move || match decisions.with(Vec::len) {
        1 => "1 decision".to_string(),
        n => format!("{n} decisions"),
    };
    view! {
        <Show when=move || decisions.with(|d| !d.is_empty())>
            <section class="decisions" aria-labelledby="decisions-title">
                <details class="decisions__details">
                    <summary>
                        <h2 id="decisions-title" class="decisions__title">"Decisions"</h2>
                        <span class="decisions__count">{summary}</span>
                    </summary>
                    <ul class="decisions__list">
                        {move || decisions.get().into_iter().map(|d| {
                            let meta = match &d.group {
                                Some(g) => format!("{g} · line {}", d.line),
                                None => format!("Line {}", d.line),
                            };
                            view! {
                                <li class="decision">
                                    <p class="decision__text">{d.text}</p>
                                    <p class="decision__meta">{meta}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </details>
            </section>
        </Show>
    }
}
