//! Fetching a record from a link: with a time limit and a size cap, read
//! chunk by chunk so an endless or huge answer is cut off, not awaited.

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, RequestInit, Response};

use crate::input::remote::{self, FetchProblem, TIMEOUT_MS};

/// A fetched record: a file name to read it by, and its bytes.
pub struct Fetched {
    pub name: String,
    pub bytes: Vec<u8>,
}

fn field(object: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(object, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Fetches `url`. Never waits longer than the timeout, never keeps more
/// than the size cap.
pub async fn fetch(url: &str) -> Result<Fetched, FetchProblem> {
    let host = remote::host_of(url);
    let controller = AbortController::new().ok();
    let init = RequestInit::new();
    if let Some(c) = &controller {
        init.set_signal(Some(&c.signal()));
    }
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let abort = {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        Closure::<dyn FnMut()>::once(move || {
            timed_out.set(true);
            if let Some(c) = controller {
                c.abort();
            }
        })
    };
    let timer = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.as_ref().unchecked_ref(),
            TIMEOUT_MS as i32,
        )
        .ok();
    let result = fetch_inner(url, &init, &host, &timed_out).await;
    if let Some(t) = timer {
        window().clear_timeout_with_handle(t);
    }
    drop(abort);
    result
}

async fn fetch_inner(
    url: &str,
    init: &RequestInit,
    host: &str,
    timed_out: &std::cell::Cell<bool>,
) -> Result<Fetched, FetchProblem> {
    let failed = || {
        if timed_out.get() {
            FetchProblem::Timeout {
                host: host.to_string(),
            }
        } else if !window().navigator().on_line() {
            FetchProblem::Offline {
                host: host.to_string(),
            }
        } else {
            FetchProblem::Refused {
                host: host.to_string(),
            }
        }
    };
    let response = JsFuture::from(window().fetch_with_str_and_init(url, init))
        .await
        .map_err(|_| failed())?;
    let response: Response = response.unchecked_into();
    if !response.ok() {
        return Err(FetchProblem::Status {
            host: host.to_string(),
            status: response.status(),
        });
    }
    let content_type = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default();
    if !remote::accepts(&content_type) {
        return Err(FetchProblem::WrongType {
            host: host.to_string(),
            content_type,
        });
    }
    let declared: Option<usize> = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.trim().parse().ok());
    if let Some(bytes) = declared.filter(|&b| remote::too_large(b)) {
        return Err(FetchProblem::TooLarge {
            host: host.to_string(),
            bytes,
        });
    }
    let mut bytes: Vec<u8> = Vec::with_capacity(declared.unwrap_or(64 * 1024).min(4 * 1024 * 1024));
    if let Some(body) = response.body() {
        let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
        loop {
            let chunk = JsFuture::from(reader.read()).await.map_err(|_| failed())?;
            if field(&chunk, "done").as_bool().unwrap_or(true) {
                break;
            }
            let value: js_sys::Uint8Array = field(&chunk, "value").unchecked_into();
            let at = bytes.len();
            bytes.resize(at + value.length() as usize, 0);
            value.copy_to(&mut bytes[at..]);
            if remote::too_large(bytes.len()) {
                let _ = reader.cancel();
                return Err(FetchProblem::TooLarge {
                    host: host.to_string(),
                    bytes: bytes.len(),
                });
            }
        }
    }
    Ok(Fetched {
        name: remote::file_name(url, &content_type),
        bytes,
    })
}
