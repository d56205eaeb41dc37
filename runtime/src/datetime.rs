//! Date-times as servers really send them. The spec says RFC 3339, and most values are; some
//! come without an offset (`2024-03-22 16:32:16.308857`, read as UTC), as a bare date, as
//! milliseconds since the epoch, or as Java's `Date.toString()` (`Mon Aug 21 14:57:39 CDT 2023`).
//! Each is read rather than failing the whole response.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Utc};
use serde::Deserializer;
use serde::de::{DeserializeSeed, Error, Visitor};

/// Milliseconds since the epoch, signed or not as the input had them.
fn from_millis(millis: i128) -> Result<DateTime<Utc>, String> {
    i64::try_from(millis)
        .ok()
        .and_then(DateTime::from_timestamp_millis)
        .ok_or_else(|| format!("{millis} ms is out of range"))
}

fn parse(text: &str) -> Result<DateTime<Utc>, String> {
    if let Ok(date_time) = DateTime::parse_from_rfc3339(text) {
        return Ok(date_time.with_timezone(&Utc));
    }
    for layout in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(text, layout) {
            return Ok(naive.and_utc());
        }
    }
    if let Some(date_time) = java_date(text) {
        return Ok(date_time);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(|date| date.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
        .map_err(|_| format!("`{text}` is not a date-time"))
}

/// Reads the text or the milliseconds a date-time came as, straight from the input: the text
/// is parsed where it lies, with no copy and no buffering of the value.
struct DateTimeVisitor;

impl<'de> Visitor<'de> for DateTimeVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a date-time, as text or as milliseconds since the epoch")
    }

    fn visit_str<E: Error>(self, text: &str) -> Result<Self::Value, E> {
        parse(text).map_err(E::custom)
    }

    fn visit_i64<E: Error>(self, millis: i64) -> Result<Self::Value, E> {
        from_millis(millis.into()).map_err(E::custom)
    }

    fn visit_u64<E: Error>(self, millis: u64) -> Result<Self::Value, E> {
        from_millis(millis.into()).map_err(E::custom)
    }
}

/// `Mon Aug 21 14:57:39 CDT 2023`, with the zone abbreviations US servers print.
fn java_date(text: &str) -> Option<DateTime<Utc>> {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [_, month, day, time, zone, year] = parts.as_slice() else {
        return None;
    };
    let hours = match *zone {
        "UTC" | "GMT" => 0,
        "EDT" => -4,
        "EST" | "CDT" => -5,
        "CST" | "MDT" => -6,
        "MST" | "PDT" => -7,
        "PST" => -8,
        _ => return None,
    };
    let naive =
        NaiveDateTime::parse_from_str(&format!("{month} {day} {year} {time}"), "%b %d %Y %H:%M:%S")
            .ok()?;
    let offset = FixedOffset::east_opt(hours * 3600)?;
    Some(
        naive
            .and_local_timezone(offset)
            .single()?
            .with_timezone(&Utc),
    )
}

/// For a field of type `DateTime<Utc>`.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    deserializer.deserialize_any(DateTimeVisitor)
}

/// For a field of type `Option<DateTime<Utc>>`.
pub fn deserialize_option<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    deserializer.deserialize_option(crate::lenient::OrNull(DateTimeVisitor))
}

/// [`deserialize`] as a `DeserializeSeed`, for a struct's member reader (see `object`).
pub struct Required;

impl<'de> DeserializeSeed<'de> for Required {
    type Value = DateTime<Utc>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<DateTime<Utc>, D::Error> {
        deserialize(deserializer)
    }
}

/// [`deserialize_option`] as a `DeserializeSeed`.
pub struct Optional;

impl<'de> DeserializeSeed<'de> for Optional {
    type Value = Option<DateTime<Utc>>;

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Option<DateTime<Utc>>, D::Error> {
        deserialize_option(deserializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<Option<DateTime<Utc>>, serde_json::Error> {
        deserialize_option(&mut serde_json::Deserializer::from_str(json))
    }

    #[test]
    fn the_shapes_servers_send_are_read() {
        let expected = DateTime::parse_from_rfc3339("2024-03-22T16:32:16Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(read(r#""2024-03-22T16:32:16Z""#).unwrap(), Some(expected));
        assert_eq!(
            read(r#""2024-03-22T18:32:16+02:00""#).unwrap(),
            Some(expected)
        );
        assert_eq!(read(r#""2024-03-22 16:32:16""#).unwrap(), Some(expected));
        assert_eq!(
            read(r#""2024-03-22T16:32:16.000""#).unwrap(),
            Some(expected)
        );
        assert_eq!(read("1711125136000").unwrap(), Some(expected));
        assert!(read(r#""2024-03-22""#).unwrap().is_some());
        assert_eq!(
            read(r#""Fri Mar 22 11:32:16 CDT 2024""#).unwrap(),
            Some(expected)
        );
        assert_eq!(read("null").unwrap(), None);
        // From a `Value`, where text comes owned.
        assert_eq!(
            deserialize_option(serde_json::json!("2024-03-22T16:32:16Z")).unwrap(),
            Some(expected)
        );
        assert!(
            read("18446744073709551615")
                .unwrap_err()
                .to_string()
                .contains("out of range")
        );
        assert!(read("true").is_err());
        assert!(
            read(r#""6 Months from created date""#)
                .unwrap_err()
                .to_string()
                .contains("not a date-time")
        );
    }
}
