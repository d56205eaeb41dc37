//! `Revocability`, from `v3/schemas/access/Revocability.yaml`.

use crate::models::AccessProfileApprovalScheme;

/// `Revocability` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Revocability {
    /// List describing the steps involved in approving the revocation request.
    #[serde(
        rename = "approvalSchemes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub approval_schemes: Option<Vec<AccessProfileApprovalScheme>>,
}

impl Revocability {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Revocability {
            approval_schemes: None,
        }
    }
}
