//! The browser shell: Leptos components, storage, files and the clock. It turns
//! core values into views and gestures into core calls; it does not parse,
//! match or decide.

mod app;
pub mod autosave;
mod clock;
mod copy_link;
mod decision_list;
mod download;
mod embed_dialog;
mod fetch;
mod filter_bar;
mod item_card;
mod item_controls;
mod item_list;
mod library_store;
mod link_view;
mod load_dialog;
mod loader;
mod meeting_bar;
mod meeting_header;

pub mod notice;
mod offline;
mod open;
pub mod persist;
mod person_panel;
pub mod state;
mod url;
mod widget;
mod your_data;

pub use app::App;

/// Mounts the app into the page's `<main id="app">` (or the body).
pub fn mount() {
    console_error_panic_hook::set_once();
    let target = leptos::prelude::document()
        .get_element_by_id("app")
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
    match target {
        Some(el) => {
            el.set_inner_html("");
            leptos::mount::mount_to(el, App).forget();
        }
        None => leptos::mount::mount_to_body(App),
    }
}
