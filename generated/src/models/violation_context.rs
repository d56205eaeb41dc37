//! `ViolationContext`, from `beta/schemas/sod/models/ViolationContext.yaml`.

use crate::models::{ExceptionAccessCriteria, ViolationContextPolicy};

/// `ViolationContext` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl ViolationContext {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ViolationContext {
            policy: None,
            conflicting_access_criteria: None,
        }
    }
}
