//! Running as a widget inside another site's page: the widget tells its
//! host how tall it is (so the host sizes the iframe without scrollbars),
//! and accepts a few messages from that host, read as data only.

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::embed::is_allowed_host;
use crate::link::{self, clean_origin};

use super::state::AppState;

/// The host's origin: from the link's `host`, else the referring page,
/// and only if it is one the widget may talk to.
pub fn host_origin(from_link: Option<&str>) -> Option<String> {
    let referrer = document().referrer();
    let from_referrer = referrer
        .split_once("://")
        .map(|(scheme, rest)| format!("{scheme}://{}", rest.split('/').next().unwrap_or_default()));
    from_link
        .map(str::to_string)
        .or(from_referrer)
        .and_then(|origin| clean_origin(&origin).ok())
        .filter(|origin| is_allowed_host(origin))
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &key.into(), value);
}

/// Sends the widget's height to the host page, at `host` only.
fn post_height(host: &str) {
    let Some(root) = document().get_element_by_id("app") else {
        return;
    };
    let height = root.get_bounding_client_rect().height().ceil();
    let message = js_sys::Object::new();
    set(&message, "type", &"followup:height".into());
    set(&message, "height", &height.into());
    if let Ok(Some(parent)) = window().parent() {
        let _ = parent.post_message(&message, host);
    }
}

fn string_field(data: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(data, &key.into()).ok()?.as_string()
}

/// Starts talking with the host page, if there is an allowed one.
pub fn start(state: AppState) {
    let Some(host) = state.widget.with_value(|w| w.host.clone()) else {
        return;
    };

    let observed = host.clone();
    let on_resize = Closure::<dyn FnMut(JsValue)>::new(move |_| post_height(&observed));
    if let (Ok(observer), Some(root)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        document().get_element_by_id("app"),
    ) {
        observer.observe(&root);
    }
    on_resize.forget();

    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            // Only the host page, only from our parent window, only known types.
            let from_parent = match (event.source(), window().parent()) {
                (Some(source), Ok(Some(parent))) => JsValue::from(source) == JsValue::from(parent),
                _ => false,
            };
            if event.origin() != host || !from_parent {
                return;
            }
            let data = event.data();
            match string_field(&data, "type").as_deref() {
                Some("followup:request-height") => post_height(&host),
                Some("followup:filter") => {
                    // The same checks as a link's parameters: values are text, never markup or code.
                    let mut query = form_urlencoded::Serializer::new(String::new());
                    for key in ["group", "owner", "status", "q"] {
                        if let Some(value) = string_field(&data, key) {
                            query.append_pair(key, &value);
                        }
                    }
                    let (view, _) = link::parse(&query.finish());
                    state.filter.set(view.filter);
                }
                _ => {}
            }
        });
    let _ =
        window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}
