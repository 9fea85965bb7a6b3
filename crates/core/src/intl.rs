//! Native stand-ins for the browser's `Intl.NumberFormat` and `Intl.DateTimeFormat`, for the
//! pre-renderer (the browser app uses `Intl` itself). They cover what the shipped `.ftl`
//! files ask for (numbers with grouping and a maximum of fraction digits; `dateStyle:
//! "long"`, `timeStyle: "short"`) in the shipped locales, and give the text Chromium's
//! `Intl` gives for them, so that a pre-rendered page reads the same as the app's own render.
//! A date-time is shown at the time written in the content (the city's own time); a date
//! without a time is the calendar date written.

/// `value` with `max_fraction` fraction digits at most (Intl's default is 3) and, when
/// `grouping`, a comma every three integer digits (the shipped locales all group so).
pub fn format_number(value: f64, max_fraction: usize, grouping: bool) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let fixed = format!("{:.*}", max_fraction, value.abs());
    let (int, frac) = match fixed.split_once('.') {
        Some((i, f)) => (i.to_string(), f.trim_end_matches('0').to_string()),
        None => (fixed.clone(), String::new()),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if grouping && i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 && (int != "0" || !frac.is_empty()) {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// The parts of an ISO 8601 date (`2026-04-01`) or date-time (`2026-04-01T09:05:00+09:00`).
#[derive(Debug, PartialEq, Eq)]
struct Parts {
    year: u32,
    month: u32,
    day: u32,
    time: Option<(u32, u32)>,
}

fn parse(iso: &str) -> Option<Parts> {
    let number = |s: Option<&str>| s?.parse::<u32>().ok();
    let date = iso.get(..10)?;
    let mut fields = date.split('-');
    let (year, month, day) = (
        number(fields.next())?,
        number(fields.next())?,
        number(fields.next())?,
    );
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || date.as_bytes()[4] != b'-' {
        return None;
    }
    let time = match iso.as_bytes().get(10) {
        None => None,
        Some(b'T') | Some(b' ') => {
            let hour = number(iso.get(11..13))?;
            let minute = number(iso.get(14..16))?;
            if hour > 23 || minute > 59 {
                return None;
            }
            Some((hour, minute))
        }
        Some(_) => return None,
    };
    Some(Parts {
        year,
        month,
        day,
        time,
    })
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `iso` formatted as `Intl.DateTimeFormat(tag, { dateStyle, timeStyle })` would in Chromium,
/// for `date_style` "long" and `time_style` "short" (either or both); `None` for anything else
/// (an unparsable date, another style), so the caller can leave the value as written.
pub fn format_datetime(
    tag: &str,
    iso: &str,
    date_style: Option<&str>,
    time_style: Option<&str>,
) -> Option<String> {
    let parts = parse(iso)?;
    let (date_style, time_style) = match (date_style, time_style) {
        (None, None) => (Some("long"), None),
        other => other,
    };
    if date_style.is_some_and(|s| s != "long") || time_style.is_some_and(|s| s != "short") {
        return None;
    }
    let language = tag.split('-').next().unwrap_or(tag);
    let traditional = tag.eq_ignore_ascii_case("zh-Hant");
    let Parts {
        year,
        month,
        day,
        time,
    } = parts;
    let date = date_style.map(|_| match language {
        "ja" | "zh" => format!("{year}年{month}月{day}日"),
        "ko" => format!("{year}년 {month}월 {day}일"),
        _ => format!("{} {day}, {year}", EN_MONTHS[month as usize - 1]),
    });
    let time = match time_style {
        None => None,
        Some(_) => {
            let (hour, minute) = time.unwrap_or((0, 0));
            let twelve = if hour % 12 == 0 { 12 } else { hour % 12 };
            let am = hour < 12;
            Some(match language {
                "ja" => format!("{hour}:{minute:02}"),
                "zh" if traditional => {
                    format!("{}{twelve}:{minute:02}", if am { "上午" } else { "下午" })
                }
                "zh" => format!("{hour:02}:{minute:02}"),
                "ko" => format!("{} {twelve}:{minute:02}", if am { "AM" } else { "PM" }),
                _ => format!("{twelve}:{minute:02} {}", if am { "AM" } else { "PM" }),
            })
        }
    };
    Some(match (date, time) {
        (Some(d), Some(t)) if language == "en" => format!("{d} at {t}"),
        (Some(d), Some(t)) => format!("{d} {t}"),
        (Some(d), None) => d,
        (None, Some(t)) => t,
        (None, None) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_and_round_like_intl() {
        assert_eq!(format_number(1234.5, 3, true), "1,234.5");
        assert_eq!(format_number(1234567.891, 3, true), "1,234,567.891");
        assert_eq!(format_number(12.0, 0, true), "12");
        assert_eq!(format_number(2.46, 1, true), "2.5");
        assert_eq!(format_number(1000.0, 0, false), "1000");
        assert_eq!(format_number(-3.0, 0, true), "-3");
        assert_eq!(format_number(0.0, 3, true), "0");
    }

    /// The expected texts are what Chromium's (and Node's) `Intl` print for these inputs.
    #[test]
    fn dates_read_as_chromium_writes_them() {
        let d = |tag| format_datetime(tag, "2026-04-01", Some("long"), None).unwrap();
        assert_eq!(d("en"), "April 1, 2026");
        assert_eq!(d("ja"), "2026年4月1日");
        assert_eq!(d("ko"), "2026년 4월 1일");
        assert_eq!(d("zh-Hans"), "2026年4月1日");
        assert_eq!(d("zh-Hant"), "2026年4月1日");
        let dt = |tag| {
            format_datetime(
                tag,
                "2026-04-01T09:05:00+09:00",
                Some("long"),
                Some("short"),
            )
        };
        assert_eq!(dt("en").unwrap(), "April 1, 2026 at 9:05 AM");
        assert_eq!(dt("ja").unwrap(), "2026年4月1日 9:05");
        assert_eq!(dt("ko").unwrap(), "2026년 4월 1일 AM 9:05");
        assert_eq!(dt("zh-Hans").unwrap(), "2026年4月1日 09:05");
        assert_eq!(dt("zh-Hant").unwrap(), "2026年4月1日 上午9:05");
        assert_eq!(
            format_datetime("en", "2026-04-01T15:30", None, Some("short")).unwrap(),
            "3:30 PM"
        );
    }

    #[test]
    fn anything_else_is_left_to_the_caller() {
        assert_eq!(format_datetime("en", "yesterday", Some("long"), None), None);
        assert_eq!(
            format_datetime("en", "2026-13-01", Some("long"), None),
            None
        );
        assert_eq!(
            format_datetime("en", "2026-04-01", Some("full"), None),
            None
        );
        assert_eq!(
            format_datetime("en", "2026-04-01X", Some("long"), None),
            None
        );
    }
}
