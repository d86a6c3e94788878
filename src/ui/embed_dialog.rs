//! "Embed this view": a dialog with the snippet a site pastes to show the
//! current view as a widget, and what the widget's saved state means.

use leptos::html;
use leptos::prelude::*;

use crate::embed::{is_allowed_host, snippet};
use crate::link::clean_origin;

use super::copy_link::CopyLink;
use super::state::use_state;
use super::url::{page_base, page_origin};

const DEFAULT_HOST: &str = "https://www.intgovforum.org";

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let state = use_state();
    let dialog = NodeRef::<html::Dialog>::new();
    let host = RwSignal::new(DEFAULT_HOST.to_string());
    let host_ok = move || clean_origin(&host.get()).is_ok_and(|o| is_allowed_host(&o));
    let code = Signal::derive(move || {
        let title = state
            .record
            .with(|r| format!("Action items: {}", r.meeting.title));
        let origin = clean_origin(&host.get()).unwrap_or_default();
        snippet(&page_base(), &page_origin(), &state.view(), &origin, &title)
    });
    let open = move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    view! {
        <button type="button" class="link-button" on:click=open>"Embed this view"</button>
        <dialog node_ref=dialog class="dialog" aria-labelledby="embed-title">
            <h2 id="embed-title" class="dialog__title">"Embed this view"</h2>
            <p>
                "Paste this into a page of your site to show these action items, with the current filters, as a widget. "
                "The widget sizes itself to its content."
            </p>
            <div class="field">
                <label for="embed-host">"Your site's address"</label>
                <input
                    id="embed-host"
                    type="url"
                    prop:value=move || host.get()
                    on:input=move |ev| host.set(event_target_value(&ev))
                    aria-describedby="embed-host-help"
                />
                <p id="embed-host-help" class="field__help" class:field__help--error=move || !host_ok()>
                    {move || {
                        if host_ok() {
                            "The widget talks only to this site."
                        } else {
                            "This app may be embedded on the IGF website (and on local addresses for testing)."
                        }
                    }}
                </p>
            </div>
            <div class="field">
                <label for="embed-code">"Code to paste"</label>
                <textarea id="embed-code" class="dialog__code" readonly=true rows="9" prop:value=move || code.get()></textarea>
            </div>
            <p class="dialog__note">
                "People's ticks and notes in the widget are saved in their own browser, separately from this page: "
                "browsers keep an embedded page's storage apart. They can move them with Export and Import."
            </p>
            <div class="dialog__actions">
                <CopyLink link=code label="Copy code".to_string()/>
                <button type="button" class="button" on:click=close>"Close"</button>
            </div>
        </dialog>
    }
}
