//! `ViolationPrediction`, from `beta/schemas/sod/models/ViolationPrediction.yaml`.

use crate::models::ViolationContext;

/// An object containing a listing of the SOD violation reasons detected by this check.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ViolationPrediction {
    /// List of Violation Contexts
    #[serde(
        rename = "violationContexts",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub violation_contexts: Option<Vec<ViolationContext>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ViolationPrediction {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ViolationPrediction {
            violation_contexts: None,
            additional_properties: Default::default(),
        }
    }
}
