//! `ViolationContext`, from `beta/schemas/sod/models/ViolationContext.yaml`.

use crate::models::{ExceptionAccessCriteria, ViolationContextPolicy};

/// `ViolationContext` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ViolationContext {
    /// The types of objects supported for SOD policy violations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<ViolationContextPolicy>,
    #[serde(
        rename = "conflictingAccessCriteria",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub conflicting_access_criteria: Option<ExceptionAccessCriteria>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ViolationContext {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ViolationContext {
            policy: None,
            conflicting_access_criteria: None,
            additional_properties: Default::default(),
        }
    }
}
