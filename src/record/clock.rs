//! Clock times and time zones as records write them ("13:00 UTC", "3 pm
//! CET", "10am ET", "14h00 GMT+2"), and their conversion to UTC.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

use super::due::{Word, words, year_of};

/// A clock time found in text, with its zone offset when one was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FoundTime {
    pub start: usize,
    pub end: usize,
    pub time: NaiveTime,
    /// Minutes east of UTC; `None` when no zone was written.
    pub offset: Option<i32>,
    /// A North American zone written without its season ("10am ET"): its
    /// standard offset, one hour more in summer time.
    pub us_standard: Option<i32>,
    /// A European city's time ("15:00 Geneva time"): its standard offset,
    /// one hour more in summer time.
    pub eu_standard: Option<i32>,
}

impl FoundTime {
    /// The zone's offset on `date`, whatever way it was written.
    pub fn offset_on(&self, date: NaiveDate) -> Option<i32> {
        self.offset
            .or_else(|| {
                self.us_standard
                    .map(|s| s + if us_summer(date) { 60 } else { 0 })
            })
            .or_else(|| {
                self.eu_standard
                    .map(|s| s + if eu_summer(date) { 60 } else { 0 })
            })
    }

    fn zoned(&self) -> bool {
        self.offset.is_some() || self.us_standard.is_some() || self.eu_standard.is_some()
    }
}

/// European summer time: from the last Sunday of March to the last
/// Sunday of October.
fn eu_summer(date: NaiveDate) -> bool {
    let last_sunday = |month: u32| {
        (22..=31)
            .rev()
            .filter_map(|d| NaiveDate::from_ymd_opt(date.year(), month, d))
            .find(|d| d.weekday() == Weekday::Sun)
    };
    match (last_sunday(3), last_sunday(10)) {
        (Some(start), Some(end)) => date >= start && date < end,
        _ => false,
    }
}

/// "Geneva time", "Brussels time": cities whose time records give, by
/// their standard offset.
const CITY_ZONES: [(&str, i32); 22] = [
    ("geneva", 60),
    ("zurich", 60),
    ("bern", 60),
    ("paris", 60),
    ("brussels", 60),
    ("berlin", 60),
    ("vienna", 60),
    ("rome", 60),
    ("madrid", 60),
    ("amsterdam", 60),
    ("stockholm", 60),
    ("oslo", 60),
    ("copenhagen", 60),
    ("warsaw", 60),
    ("prague", 60),
    ("luxembourg", 60),
    ("london", 0),
    ("lisbon", 0),
    ("dublin", 0),
    ("helsinki", 120),
    ("athens", 120),
    ("kyiv", 120),
];

/// Cities whose time has no summer change, as records name them
/// ("16:00 Nairobi time", "Asia/Tokyo"), by their offset.
const FIXED_CITY_ZONES: [(&str, i32); 20] = [
    ("nairobi", 180),
    ("addis_ababa", 180),
    ("riyadh", 180),
    ("istanbul", 180),
    ("moscow", 180),
    ("dubai", 240),
    ("karachi", 300),
    ("kolkata", 330),
    ("delhi", 330),
    ("dhaka", 360),
    ("bangkok", 420),
    ("jakarta", 420),
    ("singapore", 480),
    ("beijing", 480),
    ("shanghai", 480),
    ("manila", 480),
    ("tokyo", 540),
    ("seoul", 540),
    ("lagos", 60),
    ("johannesburg", 120),
];

/// US and Canadian summer time: from the second Sunday of March to the
/// first Sunday of November.
fn us_summer(date: NaiveDate) -> bool {
    let nth_sunday = |month: u32, n: u32| {
        NaiveDate::from_weekday_of_month_opt(
            date.year(),
            month,
            Weekday::Sun,
            u8::try_from(n).unwrap_or(1),
        )
    };
    match (nth_sunday(3, 2), nth_sunday(11, 1)) {
        (Some(start), Some(end)) => date >= start && date < end,
        _ => false,
    }
}

/// "ET", "PT": a North American zone written without its season.
pub fn is_us_zone(lower: &str) -> bool {
    US_ZONES.iter().any(|(n, _)| *n == lower)
}

/// "ET", "Pacific": North American zones, by their standard offset;
/// "10:00 Boston" is how W3C calls are timed.
const US_ZONES: [(&str, i32); 18] = [
    ("new_york", -300),
    ("los_angeles", -480),
    ("et", -300),
    ("eastern", -300),
    ("ct", -360),
    ("central", -360),
    ("mt", -420),
    ("mountain", -420),
    ("pt", -480),
    ("pacific", -480),
    ("boston", -300),
    ("toronto", -300),
    ("montreal", -300),
    ("ottawa", -300),
    ("chicago", -360),
    ("denver", -420),
    ("seattle", -480),
    ("vancouver", -480),
];

/// Zone abbreviations records use, in minutes east of UTC.
const ZONES: [(&str, i32); 45] = [
    ("utc", 0),
    // Africa, the Gulf, Asia and Latin America, as regional records write them.
    ("wat", 60),
    ("cat", 120),
    ("sast", 120),
    ("eat", 180),
    ("msk", 180),
    ("gst", 240),
    ("pkt", 300),
    ("ict", 420),
    ("wib", 420),
    ("hkt", 480),
    ("pht", 480),
    ("brt", -180),
    ("gmt", 0),
    ("z", 0),
    ("cet", 60),
    ("cest", 120),
    ("bst", 60),
    ("wet", 0),
    ("west", 60),
    ("eet", 120),
    ("eest", 180),
    ("est", -300),
    ("edt", -240),
    ("cst", -360),
    ("cdt", -300),
    ("mst", -420),
    ("mdt", -360),
    ("pst", -480),
    ("pdt", -420),
    ("ist", 330),
    ("jst", 540),
    ("aest", 600),
    ("aedt", 660),
    ("acst", 570),
    ("awst", 480),
    ("nzst", 720),
    ("nzdt", 780),
    ("kst", 540),
    ("sgt", 480),
    ("ast", -240),
    ("adt", -180),
    ("akst", -540),
    ("hst", -600),
    // "23:59 AoE": anywhere on Earth, the last zone to reach a day's end.
    ("aoe", -720),
];

const NOON: NaiveTime = match NaiveTime::from_hms_opt(12, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

/// Every clock time in `text`: "13:00 UTC", "07:00", "3pm CET", "14h00 GMT+2".
pub fn find_times(text: &str) -> Vec<FoundTime> {
    let w = words(text);
    let mut out = Vec::new();
    for (i, word) in w.iter().enumerate() {
        let lower = word.text.to_ascii_lowercase();
        let next_is_meridiem = w.get(i + 1).is_some_and(|n| {
            matches!(
                n.text.to_ascii_lowercase().replace('.', "").as_str(),
                "am" | "pm"
            )
        });
        let bare_hour = || {
            let hour: u32 = lower.parse().ok().filter(|h| (1..=12).contains(h))?;
            NaiveTime::from_hms_opt(hour, 0, 0)
        };
        // "10:00-12:00" is one word here: its start is the time.
        let range_start = lower
            .split_once('-')
            .filter(|(_, end)| clock(end).is_some())
            .and_then(|(start, _)| clock(start));
        let parsed = clock(&lower)
            .or(range_start)
            .or_else(|| if next_is_meridiem { bare_hour() } else { None })
            // "by noon UTC on Thursday".
            .or_else(|| (lower == "noon" || lower == "midday").then_some(NOON));
        let Some(mut time) = parsed else {
            continue;
        };
        let (mut end, mut zone_at) = (word.end, i + 1);
        // "15:00–17:00 CEST", "13:00 – 15:00 UTC", "9am to 10am": the zone
        // after a range is the start's too.
        let is_clock = |k: usize| {
            w.get(k)
                .is_some_and(|n| clock(&n.text.to_ascii_lowercase()).is_some())
        };
        let dash_between = w.get(zone_at).is_some_and(|n| {
            text.get(word.end..n.start).is_some_and(|gap| {
                gap.len() <= 8 && gap.trim().chars().all(|c| matches!(c, '-' | '–' | '—'))
            })
        });
        if is_clock(zone_at) && dash_between {
            zone_at += 1;
        } else if w
            .get(zone_at)
            .is_some_and(|n| matches!(n.text, "to" | "until" | "till"))
            && is_clock(zone_at + 1)
        {
            zone_at += 2;
        }
        // "3 pm", "10.30 a.m."
        if let Some(next) = w.get(zone_at) {
            let meridiem = next.text.to_ascii_lowercase().replace('.', "");
            if meridiem == "am" || meridiem == "pm" {
                time = apply_meridiem(time, &meridiem);
                end = next.end;
                zone_at += 1;
            }
        }
        // "3:00 PM – 3:45 PM (EDT)": the end of the range, then the zone.
        let is_meridiem = |t: &str| {
            matches!(
                t.to_ascii_lowercase().replace('.', "").as_str(),
                "am" | "pm"
            )
        };
        if zone_at > i + 1
            && w.get(zone_at)
                .is_some_and(|n| clock(&n.text.to_ascii_lowercase()).is_some())
        {
            zone_at += 1;
            if w.get(zone_at).is_some_and(|n| is_meridiem(n.text)) {
                zone_at += 1;
            }
        }
        // "15:00:02 2025 UTC": a log's time, then the year, then the zone.
        if w.get(zone_at).is_some_and(|y| year_of(y.text).is_some())
            && w.get(zone_at + 1)
                .is_some_and(|z| zone_offset(z.text).is_some())
        {
            zone_at += 1;
        }
        // "11:00 US Eastern": the country before its zone.
        if w.get(zone_at).is_some_and(|z| z.text == "US")
            && w.get(zone_at + 1)
                .is_some_and(|z| US_ZONES.iter().any(|(n, _)| z.text.eq_ignore_ascii_case(n)))
        {
            zone_at += 1;
        }
        // "Europe/Paris", "America/New_York": a zone by its city.
        let city = |z: &Word<'_>| {
            z.text
                .rsplit('/')
                .next()
                .unwrap_or(z.text)
                .to_ascii_lowercase()
        };
        let by_city = |z: &Word<'_>| {
            z.text.contains('/')
                || w.get(zone_at + 1)
                    .is_some_and(|t| t.text.eq_ignore_ascii_case("time"))
        };
        // A zone named by its city, looked up in one of the city tables.
        let city_offset = |table: &[(&str, i32)]| {
            w.get(zone_at).filter(|z| by_city(z)).and_then(|z| {
                let lower = city(z);
                table.iter().find(|(n, _)| *n == lower).map(|&(_, o)| o)
            })
        };
        // "14:00 Nairobi time", "Asia/Tokyo": a city without summer time.
        let fixed_city = city_offset(&FIXED_CITY_ZONES);
        // "14:00 Cairo time (UTC+3)": the offset the record gives for it.
        // "7:00 pm Fiji time (FJT, UTC+12)": past the zone's own letters.
        let explained = w
            .get(zone_at + 1)
            .filter(|t| t.text.eq_ignore_ascii_case("time"))
            .and_then(|_| {
                // Not "11:00 Boston time (15:00 UTC)": another time's zone.
                w.iter()
                    .skip(zone_at + 2)
                    .take(2)
                    .take_while(|z| !z.text.starts_with(|c: char| c.is_ascii_digit()))
                    .find_map(|z| zone_offset(z.text))
            });
        // Zoom's "09:00 AM Amsterdam, Berlin, Rome, Stockholm, Vienna
        // (GMT+01:00)": the cities, then the offset they share.
        let after_cities = || {
            w.iter()
                .skip(zone_at)
                .take(8)
                .take_while(|z| z.text.starts_with(char::is_uppercase) && clock(z.text).is_none())
                .find(|z| {
                    let upper = z.text.to_ascii_uppercase();
                    (upper.starts_with("GMT") || upper.starts_with("UTC"))
                        && z.text.contains(['+', '-'])
                })
                .and_then(|z| zone_offset(z.text))
        };
        let offset = w
            .get(zone_at)
            .and_then(|z| zone_offset(z.text))
            .or_else(|| spelled_zone(&w, zone_at))
            .or(fixed_city)
            .or(explained)
            .or_else(after_cities);
        let us_standard = w.get(zone_at).and_then(|z| {
            let lower = city(z);
            US_ZONES.iter().find(|(n, _)| *n == lower).map(|&(_, o)| o)
        });
        // "15:00 Geneva time", "at 10:00 (Brussels time)".
        let eu_standard = city_offset(&CITY_ZONES);
        if (offset.is_some() && fixed_city.is_none()) || us_standard.is_some() {
            end = w[zone_at].end;
        }
        if eu_standard.is_some() || fixed_city.is_some() {
            let said_time = w
                .get(zone_at + 1)
                .is_some_and(|t| t.text.eq_ignore_ascii_case("time"));
            end = w[zone_at + usize::from(said_time)].end;
        }
        out.push(FoundTime {
            start: word.start,
            end,
            time,
            offset,
            us_standard,
            eu_standard,
        });
    }
    // "10:00-13:00 and 15:00-18:00 CET": the zone after the last time is
    // the earlier ones' too.
    for k in (1..out.len()).rev() {
        let next = out[k];
        let this = &mut out[k - 1];
        // "10 a.m. to 1 p.m.": the meridiem's last stop is no gap.
        let gap = text
            .get(this.end..next.start)
            .map(|g| g.trim_matches(|c: char| c == '.' || c.is_whitespace()));
        if !this.zoned()
            && gap.is_some_and(|g| matches!(g, "and" | "-" | "–" | "—" | "to" | "until"))
        {
            this.offset = next.offset;
            this.us_standard = next.us_standard;
            this.eu_standard = next.eu_standard;
        }
    }
    out
}

/// "East Africa Time (UTC+3)", "Central European Summer Time": a zone
/// written out, by the offset in brackets after it or by its name.
fn spelled_zone(w: &[Word<'_>], at: usize) -> Option<i32> {
    const NAMES: [(&str, i32); 9] = [
        ("east africa time", 180),
        ("west africa time", 60),
        ("central european time", 60),
        ("central european summer time", 120),
        ("eastern european time", 120),
        ("eastern european summer time", 180),
        ("greenwich mean time", 0),
        ("british summer time", 60),
        ("coordinated universal time", 0),
    ];
    let name: Vec<&Word<'_>> = w[at.min(w.len())..]
        .iter()
        .take(4)
        .take_while(|x| x.text.starts_with(char::is_uppercase))
        .collect();
    let time_at = name.iter().position(|x| x.text == "Time")?;
    let spelled = name[..=time_at]
        .iter()
        .map(|x| x.text.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    w.get(at + time_at + 1)
        .and_then(|z| zone_offset(z.text))
        .or_else(|| NAMES.iter().find(|(n, _)| *n == spelled).map(|&(_, o)| o))
}

pub(super) fn clock(lower: &str) -> Option<NaiveTime> {
    let (body, meridiem) = if let Some(b) = lower.strip_suffix("am") {
        (b, Some("am"))
    } else if let Some(b) = lower.strip_suffix("pm") {
        (b, Some("pm"))
    } else {
        (lower, None)
    };
    // Seconds, as logs write them ("16:00:04"), do not matter here.
    let body = match body.match_indices(':').nth(1) {
        Some((second_colon, _)) if body.len() == second_colon + 3 => &body[..second_colon],
        _ => body,
    };
    let (h, m) = match body.split_once([':', 'h', '.']) {
        Some((h, m)) if m.len() == 2 || (m.is_empty() && body.contains('h')) => {
            (h, if m.is_empty() { "0" } else { m })
        }
        None if meridiem.is_some() => (body, "0"),
        _ => return None,
    };
    if h.is_empty()
        || h.len() > 2
        || !h.bytes().all(|b| b.is_ascii_digit())
        || !m.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let time = NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)?;
    Some(match meridiem {
        Some(mer) => apply_meridiem(time, mer),
        None => time,
    })
}

fn apply_meridiem(time: NaiveTime, meridiem: &str) -> NaiveTime {
    use chrono::Timelike;
    let h = time.hour() % 12 + if meridiem == "pm" { 12 } else { 0 };
    time.with_hour(h).unwrap_or(time)
}

/// "UTC", "CEST", "UTC+2", "GMT-05:00" → minutes east of UTC.
pub fn zone_offset(word: &str) -> Option<i32> {
    let lower = word.to_ascii_lowercase();
    if let Some(&(_, off)) = ZONES.iter().find(|(name, _)| *name == lower) {
        return Some(off);
    }
    let rest = lower
        .strip_prefix("utc")
        .or_else(|| lower.strip_prefix("gmt"))?;
    let (sign, digits) = match rest.as_bytes().first()? {
        b'+' => (1, &rest[1..]),
        b'-' => (-1, &rest[1..]),
        _ => return None,
    };
    let (h, m) = digits.split_once(':').unwrap_or((digits, "0"));
    let h: i32 = h.parse().ok()?;
    let m: i32 = m.parse().ok()?;
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

/// Converts a written time to UTC; the date may move by a day.
pub fn to_utc(date: NaiveDate, time: NaiveTime, offset_minutes: i32) -> (NaiveDate, NaiveTime) {
    let local = date.and_time(time);
    let utc = local - Duration::minutes(i64::from(offset_minutes));
    (utc.date(), utc.time())
}

#[cfg(test)]
mod tests {
    use super::find_times;

    #[test]
    fn zones_written_out_and_ranges_share_them() {
        let t = find_times("from 10 a.m. to 1 p.m. East Africa Time (UTC+3)");
        let read: Vec<_> = t.iter().map(|t| (t.time.to_string(), t.offset)).collect();
        assert_eq!(
            read,
            [
                ("10:00:00".to_string(), Some(180)),
                ("13:00:00".to_string(), Some(180))
            ]
        );
        let cest = find_times("at 17:00 Central European Summer Time");
        assert_eq!(cest[0].offset, Some(120));
    }

    #[test]
    fn cities_without_summer_time_and_offsets_given_for_a_city() {
        let offsets = |text: &str| -> Vec<Option<i32>> {
            find_times(text).iter().map(|t| t.offset).collect()
        };
        assert_eq!(offsets("at 16:00 Nairobi time"), [Some(180)]);
        assert_eq!(offsets("at 09:00 Asia/Tokyo"), [Some(540)]);
        assert_eq!(
            offsets("from 14:00 to 15:35 Cairo time (UTC+3)"),
            [Some(180), Some(180)]
        );
        assert_eq!(offsets("7:00 pm Fiji time (FJT, UTC+12)"), [Some(720)]);
        assert_eq!(offsets("15:00 Tashkent time (10:00 UTC)"), [None, Some(0)]);
        assert_eq!(
            offsets("11:00-12:00 Boston time (15:00-16:00 UTC)")[0],
            None
        );
        assert_eq!(
            offsets("09:00 AM Amsterdam, Berlin, Rome (GMT+01:00)"),
            [Some(60)]
        );
        // No zone at all: nothing to convert.
        assert_eq!(offsets("at 16:00 Cairo"), [None]);
    }
}
