//! `IdentityWithNewAccess`, from `beta/schemas/sod/models/IdentityWithNewAccess.yaml`.

use crate::models::IdentityWithNewAccessAccessRefsInner;

/// An identity with a set of access to be added
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityWithNewAccess {
    /// Identity id to be checked.
    #[serde(rename = "identityId", default, deserialize_with = "crate::lenient::string")]
    pub identity_id: String,
    /// The list of entitlements to consider for possible violations in a preventive check.
    #[serde(rename = "accessRefs", default)]
    pub access_refs: Vec<IdentityWithNewAccessAccessRefsInner>,
}

impl IdentityWithNewAccess {
    /// Builds the value from its required fields.
    pub fn new(
        identity_id: impl Into<String>,
        access_refs: Vec<IdentityWithNewAccessAccessRefsInner>,
    ) -> Self {
        IdentityWithNewAccess {
            identity_id: identity_id.into(),
            access_refs,
        }
    }
}
