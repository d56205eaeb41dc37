//! `ViolationOwnerAssignmentConfig`, from `beta/schemas/ViolationOwnerAssignmentConfig.yaml`.

use crate::models::{
    ViolationOwnerAssignmentConfigAssignmentRule, ViolationOwnerAssignmentConfigOwnerRef,
};

/// `ViolationOwnerAssignmentConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ViolationOwnerAssignmentConfig {
    /// Details about the violations owner.
    /// MANAGER - identity's manager
    /// STATIC - Governance Group or Identity
    #[serde(rename = "assignmentRule", default, skip_serializing_if = "Option::is_none")]
    pub assignment_rule: Option<ViolationOwnerAssignmentConfigAssignmentRule>,
    /// The owner of the violation assignment config.
    #[serde(rename = "ownerRef", default, skip_serializing_if = "Option::is_none")]
    pub owner_ref: Option<ViolationOwnerAssignmentConfigOwnerRef>,
}

impl ViolationOwnerAssignmentConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ViolationOwnerAssignmentConfig {
            assignment_rule: None,
            owner_ref: None,
        }
    }
}
