//! "I am …" and the groups the person follows: what the "Mine" filter
//! goes by. Names come from the record's participants, or are typed.

use leptos::prelude::*;

use super::state::use_state;

#[component]
pub fn PersonPanel() -> impl IntoView {
    let state = use_state();
    let person = state.person;
    let summary = move || {
        person.with(|p| {
            if p.is_blank() {
                return "Say who you are to see your own items".to_string();
            }
            let mut parts = Vec::new();
            if !p.name.is_empty() {
                parts.push(p.name.clone());
            }
            if let Some(role) = &p.role {
                parts.push(role.clone());
            }
            if !p.groups.is_empty() {
                parts.push(format!("following {}", p.groups.join(", ")));
            }
            format!("You: {}", parts.join(" · "))
        })
    };
    let mine = move || {
        let count = state
            .record
            .with(|r| person.with(|p| r.items.iter().filter(|i| p.is_mine(i)).count()));
        match count {
            0 => "None of this record’s items is yours yet.".to_string(),
            1 => {
                "1 item of this record is yours: tick “Mine” in the filters to see it.".to_string()
            }
            n => format!(
                "{n} items of this record are yours: tick “Mine” in the filters to see them."
            ),
        }
    };
    let participants = move || state.record.with(|r| r.participants.clone());
    let groups = move || state.facets.with(|f| f.groups.clone());

    view! {
        <details class="person">
            <summary class="person__summary">{summary}</summary>
            <div class="person__body">
                <div class="field person__name">
                    <label for="person-name">"I am"</label>
                    <input
                        id="person-name"
                        type="text"
                        list="person-participants"
                        autocomplete="name"
                        placeholder="Your name, as in the participants list"
                        prop:value=move || person.with(|p| p.name.clone())
                        on:change=move |ev| state.set_name(&event_target_value(&ev))
                    />
                    <datalist id="person-participants">
                        {move || participants().into_iter().map(|p| view! { <option value=p.name.clone()>{p.role.clone()}</option> }).collect_view()}
                    </datalist>
                </div>
                <fieldset class="person__groups">
                    <legend>"Groups I follow"</legend>
                    <div class="person__group-list">
                        {move || groups().into_iter().map(|g| {
                            let name = g.value.clone();
                            let id = format!("follow-{}", name.replace(|c: char| !c.is_alphanumeric(), "-"));
                            let checked = {
                                let name = name.clone();
                                move || person.with(|p| p.follows(&name))
                            };
                            let on_change = {
                                let name = name.clone();
                                move |ev| state.follow(&name, event_target_checked(&ev))
                            };
                            view! {
                                <div class="person__group">
                                    <input type="checkbox" id=id.clone() prop:checked=checked on:change=on_change/>
                                    <label for=id>{name}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
                <p class="person__mine">{mine}</p>
            </div>
        </details>
    }
}
