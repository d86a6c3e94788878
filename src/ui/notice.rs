//! Messages to the person (storage trouble, unreadable saved values,
//! imports), each dismissible, announced politely by assistive technology,
//! some with a file to download (a backup, unsaved changes).

use leptos::prelude::*;

use super::download::download;
use super::state::use_state;

/// A file a notice offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Download {
    pub file_name: String,
    pub text: String,
}

impl Download {
    pub fn new(file_name: impl Into<String>, text: impl Into<String>) -> Self {
        Download {
            file_name: file_name.into(),
            text: text.into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// What the notice is about: a newer notice about the same thing
    /// replaces the older one.
    pub topic: &'static str,
    pub text: String,
    /// Problems the person should act on are shown as warnings.
    pub warning: bool,
    pub download: Option<Download>,
}

impl Notice {
    pub const LOAD: &'static str = "load";
    pub const STORAGE: &'static str = "storage";
    pub const TRANSFER: &'static str = "transfer";
    pub const LINK: &'static str = "link";
    pub const LIBRARY: &'static str = "library";
    pub const RECORD: &'static str = "record";

    pub fn warning(topic: &'static str, text: impl Into<String>) -> Self {
        Notice {
            topic,
            text: text.into(),
            warning: true,
            download: None,
        }
    }

    pub fn info(topic: &'static str, text: impl Into<String>) -> Self {
        Notice {
            warning: false,
            ..Notice::warning(topic, text)
        }
    }

    pub fn with_download(self, download: Option<Download>) -> Self {
        Notice { download, ..self }
    }
}

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For
                each=move || state.notices.get()
                key=|n| (n.topic, n.text.clone())
                children=move |notice| {
                    let topic = notice.topic;
                    let dismiss = move |_| state.dismiss(topic);
                    let file = notice.download.clone().map(|file| {
                        let label = if topic == Notice::LOAD { "Download the saved value" } else { "Download your follow-ups" };
                        let save = move |_| {
                            if let Err(problem) = download(&file.file_name, &file.text) {
                                state.notify(Notice::warning(Notice::TRANSFER, problem));
                            }
                        };
                        view! { <button type="button" class="link-button notice__download" on:click=save>{label}</button> }
                    });
                    view! {
                        <div class="notice" class:notice--warning=notice.warning>
                            <p class="notice__text">{notice.text.clone()} " " {file}</p>
                            <button type="button" class="notice__close" on:click=dismiss aria-label="Dismiss message">
                                "×"
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}
