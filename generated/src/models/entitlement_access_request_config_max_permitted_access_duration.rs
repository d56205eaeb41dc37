//! `EntitlementAccessRequestConfigMaxPermittedAccessDuration`, from `beta/schemas/EntitlementAccessRequestConfig.yaml#/properties/maxPermittedAccessDuration`.

use crate::models::EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit;

/// The maximum duration for which the access is permitted.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    /// The numeric value of the duration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i32>,
    /// The time unit for the duration.
    #[serde(rename = "timeUnit", default, skip_serializing_if = "Option::is_none")]
    pub time_unit: Option<
        EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EntitlementAccessRequestConfigMaxPermittedAccessDuration {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EntitlementAccessRequestConfigMaxPermittedAccessDuration {
            value: None,
            time_unit: None,
            additional_properties: Default::default(),
        }
    }
}
