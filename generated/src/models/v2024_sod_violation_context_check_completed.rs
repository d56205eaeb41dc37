//! `V2024SodViolationContextCheckCompleted`, from `v2024/schemas/SodViolationContextCheckCompleted.yaml`.

use crate::models::{
    V2024SodViolationCheckResult, V2024SodViolationContextCheckCompletedState,
};

/// An object referencing a completed SOD violation check
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V2024SodViolationContextCheckCompleted {
    /// The status of SOD violation check
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<V2024SodViolationContextCheckCompletedState>,
    /// The id of the Violation check event
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub uuid: Option<String>,
    #[serde(
        rename = "violationCheckResult",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub violation_check_result: Option<V2024SodViolationCheckResult>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V2024SodViolationContextCheckCompleted {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V2024SodViolationContextCheckCompleted {
            state: None,
            uuid: None,
            violation_check_result: None,
            additional_properties: Default::default(),
        }
    }
}
