//! `IdentityProfileOwner`, from `beta/schemas/IdentityProfile.yaml#/allOf/1/properties/owner`.

use crate::models::IdentityProfileOwnerType;

/// Identity profile's owner.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl IdentityProfileOwner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityProfileOwner {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
