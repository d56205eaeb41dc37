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
pub struct ScheduleMonths {
    /// Enum type to specify months value
    pub r#type: ScheduleMonthsType,
    /// Values of the months based on the enum type mentioned above
    #[serde(default)]
    pub values: Vec<String>,
    /// Interval between the cert generations
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
}

impl ScheduleMonths {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: ScheduleMonthsType, values: Vec<String>) -> Self {
        ScheduleMonths {
            r#type,
            values,
            interval: None,
        }
    }
}
