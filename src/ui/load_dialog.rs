//! "Add a meeting record": from a file (picked or dropped), pasted text or
//! rich text, or a link. What cannot be read is explained here, and
//! nothing already kept is touched.

use crate::input;
use crate::library::Source;
use crate::link::clean_url;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::loader;
use super::open::{open_file, open_link, read_file};
use super::state::use_state;

/// The formats a file picker offers.
const ACCEPT: &str = ".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,\
application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[component]
pub fn LoadDialog(#[prop(into)] open: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let dialog = NodeRef::<html::Dialog>::new();
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let pasted = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());

    Effect::new(move |_| {
        let Some(d) = dialog.get() else { return };
        if open.get() {
            error.set(None);
            if !d.open() {
                let _ = d.show_modal();
            }
        } else if d.open() {
            d.close();
        }
    });
    let done = move |result: Result<(), String>| match result {
        Ok(()) => {
            pasted.set(String::new());
            link.set(String::new());
            open.set(false);
        }
        Err(message) => error.set(Some(message)),
    };

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        busy.set(true);
        spawn_local(async move {
            let result = match read_file(file).await {
                Ok((name, bytes)) => open_file(state, &name, &bytes),
                Err(message) => Err(message),
            };
            busy.set(false);
            done(result);
        });
    };
    // Rich text from a web page or Word comes as HTML on the clipboard.
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let Some(data) = ev.clipboard_data() else {
            return;
        };
        let html = data
            .get_data("text/html")
            .ok()
            .filter(|h| !h.trim().is_empty());
        let Some(html) = html else { return };
        ev.prevent_default();
        let text = data.get_data("text/plain").unwrap_or_default();
        done(
            input::from_paste(Some(&html), &text)
                .map_err(|e| e.to_string())
                .and_then(|i| loader::open(state, i, Source::Paste)),
        );
    };
    let read_pasted = move |_| {
        let text = pasted.get_untracked();
        done(
            input::from_paste(None, &text)
                .map_err(|e| e.to_string())
                .and_then(|i| loader::open(state, i, Source::Paste)),
        );
    };
    let open_url = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let url = match clean_url(&link.get_untracked()) {
            Ok(url) => url,
            Err(why) => {
                error.set(Some(format!(
                    "That address {why}: give an address starting with https://."
                )));
                return;
            }
        };
        busy.set(true);
        spawn_local(async move {
            let result = open_link(state, url).await;
            busy.set(false);
            done(result);
        });
    };

    view! {
        <dialog node_ref=dialog class="dialog dialog--load" aria-labelledby="load-title" on:close=move |_| open.set(false)>
            <h2 id="load-title" class="dialog__title">"Add a meeting record"</h2>
            <p class="dialog__note">
                "Records stay in this browser: nothing is uploaded. Text, Markdown, web pages (.html) and Word (.docx) can be read."
            </p>
            <Show when=move || error.get().is_some()>
                <p class="load__error" role="alert">{move || error.get().unwrap_or_default()}</p>
            </Show>
            <Show when=move || busy.get()>
                <p class="load__busy" role="status">"Reading…"</p>
            </Show>
            <section class="load__way" aria-labelledby="load-file-title">
                <h3 id="load-file-title">"From a file"</h3>
                <label for="load-file" class="button button--secondary">"Choose a file"</label>
                <input id="load-file" class="visually-hidden" type="file" accept=ACCEPT on:change=on_file/>
                <p class="field__help">"Or drop a file anywhere on the page."</p>
            </section>
            <section class="load__way" aria-labelledby="load-paste-title">
                <h3 id="load-paste-title">"Paste"</h3>
                <div class="field">
                    <label for="load-paste">"Paste the minutes"</label>
                    <textarea
                        id="load-paste"
                        rows="5"
                        placeholder="Paste text, or copy from a web page or Word and paste here"
                        prop:value=move || pasted.get()
                        on:input=move |ev| pasted.set(event_target_value(&ev))
                        on:paste=on_paste
                    ></textarea>
                </div>
                <button type="button" class="button" on:click=read_pasted disabled=move || pasted.with(|p| p.trim().is_empty())>
                    "Read pasted text"
                </button>
            </section>
            <section class="load__way" aria-labelledby="load-link-title">
                <h3 id="load-link-title">"From a link"</h3>
                <form class="load__link" on:submit=open_url>
                    <div class="field">
                        <label for="load-link">"Address of the record"</label>
                        <input
                            id="load-link"
                            type="url"
                            placeholder="https://"
                            prop:value=move || link.get()
                            on:input=move |ev| link.set(event_target_value(&ev))
                        />
                    </div>
                    <button type="submit" class="button">"Open link"</button>
                </form>
            </section>
            <div class="dialog__actions">
                <button type="button" class="button button--secondary" on:click=move |_| open.set(false)>"Close"</button>
            </div>
        </dialog>
    }
}
