//! `ScheduleHours`, from `beta/schemas/Schedule.yaml#/properties/hours`.

use crate::models::ScheduleHoursType;

/// Specifies which hour(s) a schedule is active for. Examples:
///
/// Every three hours starting from 8AM, inclusive:
/// * type LIST
/// * values "8"
/// * interval 3
///
/// During business hours:
/// * type RANGE
/// * values "9", "5"
///
/// At 5AM, noon, and 5PM:
/// * type LIST
/// * values "5", "12", "17"
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ScheduleHours {
    /// Enum type to specify hours value
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ScheduleHoursType>,
    /// Values of the days based on the enum type mentioned above
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub values: Vec<String>,
    /// Interval between the cert generations
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ScheduleHours {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: ScheduleHoursType, values: Vec<String>) -> Self {
        ScheduleHours {
            r#type: Some(r#type),
            values,
            interval: None,
            additional_properties: Default::default(),
        }
    }
}
