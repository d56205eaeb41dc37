//! `EntitlementRevocationRequestConfig`, from `beta/schemas/EntitlementRevocationRequestConfig.yaml`.

use crate::models::EntitlementApprovalScheme;

/// `EntitlementRevocationRequestConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EntitlementRevocationRequestConfig {
    /// Ordered list of approval steps for the access request. Empty when no approval is required.
    #[serde(
        rename = "approvalSchemes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub approval_schemes: Option<Vec<EntitlementApprovalScheme>>,
}

impl EntitlementRevocationRequestConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EntitlementRevocationRequestConfig {
            approval_schemes: None,
        }
    }
}
