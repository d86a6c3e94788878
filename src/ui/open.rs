//! Bringing a record in from the device or a link: read the file (its size
//! checked first), or fetch the link, then open it as a meeting.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::input::{self, InputError};
use crate::library::Source;
use crate::record::MAX_RECORD_BYTES;

use super::fetch::fetch;
use super::loader;
use super::notice::Notice;
use super::state::AppState;

/// Reads a picked or dropped file; its size is checked before its bytes
/// are read, so a huge file is refused at once.
pub async fn read_file(file: web_sys::File) -> Result<(String, Vec<u8>), String> {
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_RECORD_BYTES {
        return Err(InputError::TooLarge { name, bytes: size }.to_string());
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("“{name}” could not be read from your device."))?;
    Ok((name, js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// Opens a file's bytes as a meeting.
pub fn open_file(state: AppState, name: &str, bytes: &[u8]) -> Result<(), String> {
    let input = input::from_file(name, bytes).map_err(|e| e.to_string())?;
    loader::open(
        state,
        input,
        Source::File {
            name: name.to_string(),
        },
    )
}

/// Fetches and opens a record from a link.
pub async fn open_link(state: AppState, url: String) -> Result<(), String> {
    let fetched = fetch(&url).await.map_err(|problem| problem.to_string())?;
    let input = input::from_file(&fetched.name, &fetched.bytes).map_err(|e| e.to_string())?;
    loader::open(state, input, Source::Link { url })
}

/// Lets a file dropped anywhere on the page be opened as a meeting.
pub fn accept_drops(state: AppState) {
    use wasm_bindgen::prelude::Closure;
    let over = Closure::<dyn FnMut(web_sys::DragEvent)>::new(|ev: web_sys::DragEvent| {
        // Without this the browser would open the file itself.
        ev.prevent_default();
    });
    let drop = Closure::<dyn FnMut(web_sys::DragEvent)>::new(move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        spawn_local(async move {
            let result = match read_file(file).await {
                Ok((name, bytes)) => open_file(state, &name, &bytes),
                Err(message) => Err(message),
            };
            if let Err(message) = result {
                state.notify(Notice::warning(Notice::RECORD, message));
            }
        });
    });
    let target = window();
    let _ = target.add_event_listener_with_callback("dragover", over.as_ref().unchecked_ref());
    let _ = target.add_event_listener_with_callback("drop", drop.as_ref().unchecked_ref());
    over.forget();
    drop.forget();
}
