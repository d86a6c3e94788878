//! The address bar as part of the view: the page opens on the view its link
//! carries, every change of view becomes a history entry (so back and
//! forward work), and links to a view or an item can be built and copied.

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::link::{self, Ignored, View};

use super::state::AppState;

/// The page's own address without its query: where links point.
pub fn page_base() -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    format!("{origin}{path}")
}

pub fn page_origin() -> String {
    window().location().origin().unwrap_or_default()
}

/// The view the address bar carries now, and what was ignored in it.
pub fn read() -> (View, Vec<Ignored>) {
    link::parse(&window().location().search().unwrap_or_default())
}

/// A full link to `view`.
pub fn link_to(view: &View) -> String {
    format!("{}{}", page_base(), link::to_query(view))
}

/// The standalone page showing `view` (for "Open full view").
pub fn full_view_link(view: &View) -> String {
    let mut view = view.clone();
    view.embed = false;
    view.host = None;
    link_to(&view)
}

fn only_search_differs(a: &View, b: &View) -> bool {
    let mut a_with_b_search = a.clone();
    a_with_b_search.filter.search.clone_from(&b.filter.search);
    a.filter.search != b.filter.search && a_with_b_search == *b
}

/// Keeps the address bar in step with the view, and the view with the
/// address bar when the person goes back or forward.
pub fn sync(state: AppState) {
    // The previous view, and whether it came from typing in the search box.
    Effect::new(move |previous: Option<(View, bool)>| {
        let view = state.view();
        let typing = previous
            .as_ref()
            .is_some_and(|(p, _)| only_search_differs(p, &view));
        let query = link::to_query(&view);
        let current = window().location().search().unwrap_or_default();
        if query != current {
            // Typing a search is one step back, not one per letter: the
            // first letter adds a history entry, the next ones update it.
            let replace = typing && previous.as_ref().is_some_and(|(_, was_typing)| *was_typing);
            let url = format!("{}{query}", page_base());
            let result = match window().history() {
                Ok(h) if replace => h.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
                Ok(h) => h.push_state_with_url(&JsValue::NULL, "", Some(&url)),
                Err(e) => Err(e),
            };
            // A sandboxed frame may refuse history changes; the view still works.
            let _ = result;
        }
        (view, typing)
    });

    let on_pop = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        let (view, _) = read();
        state.all.set(view.all);
        state.filter.set(view.filter);
        state.selected.set(view.item);
    });
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_pop.forget();
}
