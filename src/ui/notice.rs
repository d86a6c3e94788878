//! Messages to the person (storage trouble, unreadable input), each
//! dismissible, announced politely by assistive technology.

use leptos::prelude::*;

use super::state::use_state;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    /// Problems the person should act on are shown as warnings.
    pub warning: bool,
}

impl Notice {
    pub fn warning(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            warning: true,
        }
    }

    /// Something worth knowing that needs no action.
    pub fn info(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            warning: false,
        }
    }
}

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For
                each=move || state.notices.get()
                key=|n| n.text.clone()
                children=move |notice| {
                    let text = notice.text.clone();
                    let dismiss = move |_| state.notices.update(|all| all.retain(|n| n.text != text));
                    view! {
                        <div class="notice" class:notice--warning=notice.warning>
                            <p>{notice.text.clone()}</p>
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
