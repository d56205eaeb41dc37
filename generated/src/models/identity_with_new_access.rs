//! `IdentityWithNewAccess`, from `beta/schemas/sod/models/IdentityWithNewAccess.yaml`.

use crate::models::IdentityWithNewAccessAccessRefsInner;

/// An identity with a set of access to be added
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityWithNewAccess {
    /// Identity id to be checked.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "identityId", default, deserialize_with = "crate::lenient::string")]
    pub identity_id: String,
    /// The list of entitlements to consider for possible violations in a preventive check.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "accessRefs",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub access_refs: Vec<IdentityWithNewAccessAccessRefsInner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityWithNewAccess {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        identity_id: impl Into<String>,
        access_refs: Vec<IdentityWithNewAccessAccessRefsInner>,
    ) -> Self {
        IdentityWithNewAccess {
            identity_id: identity_id.into(),
            access_refs,
            additional_properties: Default::default(),
        }
    }
}
