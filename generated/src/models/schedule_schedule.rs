//! `ScheduleSchedule`, from `v3/schemas/schedule/Schedule.yaml`.

use crate::models::{DateTime, ScheduleSelector, ScheduleType};

/// The schedule information.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScheduleSchedule {
    pub r#type: ScheduleType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<ScheduleSelector>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<ScheduleSelector>,
    pub hours: ScheduleSelector,
    /// The schedule expiration date. Latest possible expiration date is '2038-01-19T03:14:07+0000'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<DateTime>,
    /// The canonical TZ identifier the schedule will run in (ex. America/New_York).  If no timezone is specified, the org's default timezone is used.
    #[serde(
        rename = "timeZoneId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub time_zone_id: Option<String>,
}

impl ScheduleSchedule {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: ScheduleType, hours: ScheduleSelector) -> Self {
        ScheduleSchedule {
            r#type,
            months: None,
            days: None,
            hours,
            expiration: None,
            time_zone_id: None,
        }
    }
}
