//! `ViolationOwnerAssignmentConfig`, from `beta/schemas/ViolationOwnerAssignmentConfig.yaml`.

use crate::models::{
    ViolationOwnerAssignmentConfigAssignmentRule, ViolationOwnerAssignmentConfigOwnerRef,
};

/// `ViolationOwnerAssignmentConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ViolationOwnerAssignmentConfig {
    /// Details about the violations owner.
    /// MANAGER - identity's manager
    /// STATIC - Governance Group or Identity
    #[serde(rename = "assignmentRule", default, skip_serializing_if = "Option::is_none")]
    pub assignment_rule: Option<ViolationOwnerAssignmentConfigAssignmentRule>,
    /// The owner of the violation assignment config.
    #[serde(rename = "ownerRef", default, skip_serializing_if = "Option::is_none")]
    pub owner_ref: Option<ViolationOwnerAssignmentConfigOwnerRef>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ViolationOwnerAssignmentConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ViolationOwnerAssignmentConfig {
            assignment_rule: None,
            owner_ref: None,
            additional_properties: Default::default(),
        }
    }
}
