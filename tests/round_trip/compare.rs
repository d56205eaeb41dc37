//! Whether decoding and encoding again kept a JSON value: the comparison of the round-trip
//! test (tests/round_trip.rs), which the program it writes includes as well.
//!
//! Two values agree when they say the same thing, not when they are spelled the same: a `null`
//! member and an absent one agree; two strings that both read as RFC 3339 date-times agree when
//! they are the same instant (to the last digit of the fraction); numbers agree by value
//! (`1` and `1.0`); objects agree member by member, whatever the order; arrays item by item,
//! in order.

use serde_json::Value;

/// How much of a value a difference shows.
const SHOWN: usize = 60;

/// The first place where `output` says something other than `input`, as
/// `at .members[0].id: input "a", output absent`; `None` when they agree.
pub fn first_difference(input: &Value, output: &Value) -> Option<String> {
    difference("", Some(input), Some(output))
}

/// `place` is the path so far (like `.members[0]`, empty for the whole value); `None` is an
/// absent member or item.
fn difference(place: &str, input: Option<&Value>, output: Option<&Value>) -> Option<String> {
    match (input, output) {
        // A null member is an absent one.
        (None | Some(Value::Null), None | Some(Value::Null)) => None,
        (Some(Value::Object(a)), Some(Value::Object(b))) => a
            .iter()
            .find_map(|(name, value)| {
                difference(&format!("{place}.{name}"), Some(value), b.get(name))
            })
            .or_else(|| {
                b.iter()
                    .filter(|(name, _)| !a.contains_key(*name))
                    .find_map(|(name, value)| {
                        difference(&format!("{place}.{name}"), None, Some(value))
                    })
            }),
        (Some(Value::Array(a)), Some(Value::Array(b))) => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(i, (x, y))| difference(&format!("{place}[{i}]"), Some(x), Some(y)))
            .or_else(|| {
                // An item is there or not, `null` or not: the first one only one list has.
                let i = a.len().min(b.len());
                (a.len() != b.len())
                    .then(|| described(&format!("{place}[{i}]"), a.get(i), b.get(i)))
            }),
        (Some(a), Some(b)) if same_scalar(a, b) => None,
        (a, b) => Some(described(place, a, b)),
    }
}

/// `at .members[0].id: input "a", output absent` (`.` is the whole value, `.[0]` an item of it).
fn described(place: &str, input: Option<&Value>, output: Option<&Value>) -> String {
    let dot = if place.starts_with('.') { "" } else { "." };
    format!(
        "at {dot}{place}: input {}, output {}",
        shown(input),
        shown(output)
    )
}

fn same_scalar(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => same_number(x, y),
        (Value::String(x), Value::String(y)) => {
            x == y || matches!((instant(x), instant(y)), (Some(p), Some(q)) if p == q)
        }
        _ => a == b,
    }
}

/// By value: integers exactly, an integer and a float when the float is that integer.
fn same_number(x: &serde_json::Number, y: &serde_json::Number) -> bool {
    let integer = |n: &serde_json::Number| {
        n.as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from))
    };
    match (integer(x), integer(y), x.as_f64(), y.as_f64()) {
        (Some(i), Some(j), _, _) => i == j,
        (Some(i), None, _, Some(f)) | (None, Some(i), Some(f), _) => {
            f.fract() == 0.0 && f.abs() < 1e38 && f as i128 == i
        }
        (_, _, Some(f), Some(g)) => f == g,
        _ => false,
    }
}

/// A value as a difference shows it: compact JSON, cut short; `absent` for nothing.
fn shown(value: Option<&Value>) -> String {
    let Some(value) = value else {
        return "absent".into();
    };
    let text = value.to_string();
    match text.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text,
    }
}

/// The instant an RFC 3339 date-time names (`2024-01-01T10:00:00.5+02:00`), as seconds since
/// 1970 in UTC and the digits of the fraction without trailing zeros; `None` for other text.
pub fn instant(text: &str) -> Option<(i64, String)> {
    let b = text.as_bytes();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = text.get(range)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let (hour, minute, second) = (digits(11..13)?, digits(14..16)?, digits(17..19)?);
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let mut rest = &text[19..];
    let mut fraction = "";
    if let Some(after) = rest.strip_prefix('.') {
        let count = after.bytes().take_while(u8::is_ascii_digit).count();
        if count == 0 {
            return None;
        }
        fraction = after[..count].trim_end_matches('0');
        rest = &after[count..];
    }
    let offset = match rest.as_bytes() {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2]
            if [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit()) =>
        {
            let (h, m) = (
                i64::from((h1 - b'0') * 10 + (h2 - b'0')),
                i64::from((m1 - b'0') * 10 + (m2 - b'0')),
            );
            if h > 23 || m > 59 {
                return None;
            }
            if *sign == b'-' {
                -(h * 3600 + m * 60)
            } else {
                h * 3600 + m * 60
            }
        }
        _ => return None,
    };
    let seconds =
        days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset;
    Some((seconds, fraction.to_string()))
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to the date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}
