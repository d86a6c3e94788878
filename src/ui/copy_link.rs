//! "Copy link": puts a link on the clipboard, or shows it to copy by hand
//! where the browser does not allow that (insecure pages, some frames).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

/// What happened to the last copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copied {
    Not,
    Yes,
    /// The clipboard refused: the link is shown instead.
    Refused,
}

async fn write_clipboard(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// A button that copies `link()`; `label` is its accessible name.
#[component]
pub fn CopyLink(
    #[prop(into)] link: Signal<String>,
    label: String,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let copied = RwSignal::new(Copied::Not);
    let on_click = move |_| {
        let text = link.get_untracked();
        spawn_local(async move {
            let ok = write_clipboard(&text).await;
            copied.set(if ok { Copied::Yes } else { Copied::Refused });
            if ok {
                set_timeout(
                    move || copied.set(Copied::Not),
                    std::time::Duration::from_secs(3),
                );
            }
        });
    };
    let label_text = label.clone();
    view! {
        <span class=format!("copy-link {class}")>
            <button type="button" class="link-button" on:click=on_click aria-label=label.clone()>
                {move || if copied.get() == Copied::Yes { "Copied".to_string() } else { label_text.clone() }}
            </button>
            <Show when=move || copied.get() == Copied::Refused>
                <input
                    class="copy-link__field"
                    type="text"
                    readonly=true
                    aria-label="Link to copy"
                    prop:value=move || link.get()
                    on:focus=move |ev| {
                        if let Some(input) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()) {
                            input.select();
                        }
                    }
                />
            </Show>
        </span>
    }
}
