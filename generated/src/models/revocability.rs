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
    /// A `Revocability` with the given required fields and the others empty.
    pub fn new() -> Self {
        Revocability {
            approval_schemes: None,
        }
    }
}
