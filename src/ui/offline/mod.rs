//! Offline use: registers the service worker (src/ui/offline/sw.js, filled
//! in at build time) and offers a new version when one has been fetched in
//! the background, reloading only when the person says so.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// The newer build's worker, installed and waiting for the person's
/// go-ahead (a browser object: kept on the page's own thread).
#[derive(Clone, Copy)]
pub struct Update(pub RwSignal<Option<ServiceWorker>, LocalStorage>);

impl Update {
    pub fn new() -> Self {
        Update(RwSignal::new_local(None))
    }
}

fn watch_installing(registration: &ServiceWorkerRegistration, update: Update) {
    let Some(worker) = registration.installing() else {
        return;
    };
    let watched = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        let controlled = window().navigator().service_worker().controller().is_some();
        // "installed" with a controller: a new version next to the running one.
        if watched.state() == ServiceWorkerState::Installed && controlled {
            update.0.set(Some(watched.clone()));
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Registers the worker and watches for updates.
pub fn start(update: Update) {
    let container = window().navigator().service_worker();
    // After the new worker takes over, load the page from its build.
    let on_change = Closure::<dyn FnMut()>::new(move || {
        if update.0.get_untracked().is_some() {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();

    spawn_local(async move {
        let promise = container.register("./sw.js");
        let Ok(registration) = JsFuture::from(promise).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        let controlled = window().navigator().service_worker().controller().is_some();
        if let (Some(waiting), true) = (registration.waiting(), controlled) {
            update.0.set(Some(waiting));
        }
        watch_installing(&registration, update);
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || watch_installing(&watched, update));
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// "A new version is available — Reload".
#[component]
pub fn UpdateBanner(update: Update) -> impl IntoView {
    let reload = move |_| {
        if let Some(worker) = update.0.get_untracked() {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"followup:skip-waiting".into());
            let _ = worker.post_message(&JsValue::from(message));
        }
    };
    view! {
        <Show when=move || update.0.with(Option::is_some)>
            <div class="update" role="status">
                <p>"A new version of Follow-up is available."</p>
                <button type="button" class="button" on:click=reload>"Reload"</button>
            </div>
        </Show>
    }
}
