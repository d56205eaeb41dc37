//! `IdentityWithNewAccessAccessRefsInner`, from `beta/schemas/sod/models/IdentityWithNewAccess.yaml#/properties/accessRefs/items`.

use crate::models::IdentityWithNewAccessAccessRefsInnerType;

/// Entitlement including a specific set of access.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityWithNewAccessAccessRefsInner {
    /// Entitlement's DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<IdentityWithNewAccessAccessRefsInnerType>,
    /// Entitlement's ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityWithNewAccessAccessRefsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityWithNewAccessAccessRefsInner {
            r#type: None,
            id: None,
            additional_properties: Default::default(),
        }
    }
}
