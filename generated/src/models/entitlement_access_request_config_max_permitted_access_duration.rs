//! `EntitlementAccessRequestConfigMaxPermittedAccessDuration`, from `beta/schemas/EntitlementAccessRequestConfig.yaml#/properties/maxPermittedAccessDuration`.

use crate::models::EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit;

/// The maximum duration for which the access is permitted.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    /// The numeric value of the duration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i32>,
    /// The time unit for the duration.
    #[serde(rename = "timeUnit", default, skip_serializing_if = "Option::is_none")]
    pub time_unit: Option<
        EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit,
    >,
}

impl EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EntitlementAccessRequestConfigMaxPermittedAccessDuration {
            value: None,
            time_unit: None,
        }
    }
}
