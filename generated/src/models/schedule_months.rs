//! `ScheduleMonths`, from `beta/schemas/Schedule.yaml#/properties/months`.

use crate::models::ScheduleMonthsType;

/// Specifies which months of a schedule are active. Only valid for ANNUALLY schedule types. Examples:
///
/// On February and March:
/// * type LIST
/// * values "2", "3"
///
/// Every 3 months, starting in January (quarterly):
/// * type LIST
/// * values "1"
/// * interval 3
///
/// Every two months between July and December:
/// * type RANGE
/// * values "7", "12"
/// * interval 2
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ScheduleMonths {
    /// Enum type to specify months value
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ScheduleMonthsType>,
    /// Values of the months based on the enum type mentioned above
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

impl ScheduleMonths {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: ScheduleMonthsType, values: Vec<String>) -> Self {
        ScheduleMonths {
            r#type: Some(r#type),
            values,
            interval: None,
            additional_properties: Default::default(),
        }
    }
}
