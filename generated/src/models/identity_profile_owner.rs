//! `IdentityProfileOwner`, from `beta/schemas/IdentityProfile.yaml#/allOf/1/properties/owner`.

use crate::models::IdentityProfileOwnerType;

/// Identity profile's owner.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityProfileOwner {
    /// Owner's object type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<IdentityProfileOwnerType>,
    /// Owner's ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Owner's name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityProfileOwner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityProfileOwner {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
