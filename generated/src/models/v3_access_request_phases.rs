//! `V3AccessRequestPhases`, from `v3/schemas/AccessRequestPhases.yaml`.

use crate::models::{V3AccessRequestPhasesResult, V3AccessRequestPhasesState};

/// Provides additional details about this access request phase.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3AccessRequestPhases {
    /// The time that this phase started.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    /// The time that this phase finished.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub finished: Option<chrono::DateTime<chrono::Utc>>,
    /// The name of this phase.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The state of this phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<V3AccessRequestPhasesState>,
    /// The state of this phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<V3AccessRequestPhasesResult>,
    /// A reference to another object on the RequestedItemStatus that contains more details about the phase. Note that for the Provisioning phase, this will be empty if there are no manual work items.
    #[serde(
        rename = "phaseReference",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub phase_reference: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3AccessRequestPhases {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3AccessRequestPhases {
            started: None,
            finished: None,
            name: None,
            state: None,
            result: None,
            phase_reference: None,
            additional_properties: Default::default(),
        }
    }
}
