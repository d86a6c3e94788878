//! Time from the browser: now, and times shown in the viewer's own zone.

use chrono::{NaiveDate, NaiveTime};
use wasm_bindgen::JsValue;

/// Milliseconds since 1970, UTC.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// `16:00 CEST`: a UTC date and time as the viewer's clock shows it, or
/// `None` when the viewer's zone is UTC (nothing to add).
pub fn local_time(date: NaiveDate, time: NaiveTime) -> Option<String> {
    let ms = date.and_time(time).and_utc().timestamp_millis() as f64;
    let when = js_sys::Date::new(&JsValue::from_f64(ms));
    if when.get_timezone_offset() == 0.0 {
        return None;
    }
    let options = js_sys::Object::new();
    for (key, value) in [
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("timeZoneName", "short"),
        ("hourCycle", "h23"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let text: String = when
        .to_locale_time_string_with_options("en-GB", &options)
        .into();
    // The day may differ from the UTC day: say so.
    let local_day = when.get_date();
    let day_note = if local_day != chrono::Datelike::day(&date) {
        let weekday: String = when
            .to_locale_date_string("en-GB", &weekday_options())
            .into();
        format!(" ({weekday})")
    } else {
        String::new()
    };
    Some(format!("{text}{day_note}"))
}

fn weekday_options() -> JsValue {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"weekday".into(), &"short".into());
    let _ = js_sys::Reflect::set(&options, &"day".into(), &"numeric".into());
    let _ = js_sys::Reflect::set(&options, &"month".into(), &"short".into());
    options.into()
}
