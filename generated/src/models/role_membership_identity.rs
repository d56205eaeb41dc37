//! `RoleMembershipIdentity`, from `v3/schemas/access/RoleMembershipIdentity.yaml`.

use crate::models::V3DtoType;

/// A reference to an Identity in an IDENTITY_LIST role membership criteria.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMembershipIdentity {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3DtoType>,
    /// Identity id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of the Identity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// User name of the Identity
    #[serde(
        rename = "aliasName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub alias_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMembershipIdentity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMembershipIdentity {
            r#type: None,
            id: None,
            name: None,
            alias_name: None,
            additional_properties: Default::default(),
        }
    }
}
