//! `V2024SodViolationContext`, from `v2024/schemas/SodViolationContext.yaml`.

use crate::models::{
    V2024SodPolicyDto, V2024SodViolationContextConflictingAccessCriteria,
};

/// The contextual information of the violated criteria
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V2024SodViolationContext {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<V2024SodPolicyDto>,
    /// The object which contains the left and right hand side of the entitlements that got violated according to the policy.
    #[serde(
        rename = "conflictingAccessCriteria",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub conflicting_access_criteria: Option<
        V2024SodViolationContextConflictingAccessCriteria,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V2024SodViolationContext {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V2024SodViolationContext {
            policy: None,
            conflicting_access_criteria: None,
            additional_properties: Default::default(),
        }
    }
}
