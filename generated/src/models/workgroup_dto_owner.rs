//! `WorkgroupDtoOwner`, from `beta/schemas/workgroups/WorkgroupDto.yaml#/properties/owner`.

use crate::models::V3OwnerDtoType;

/// `WorkgroupDtoOwner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkgroupDtoOwner {
    /// Owner's DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3OwnerDtoType>,
    /// Owner's identity ID.
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
    /// The display name of the identity
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// The primary email address of the identity
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "emailAddress",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email_address: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkgroupDtoOwner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkgroupDtoOwner {
            r#type: None,
            id: None,
            name: None,
            display_name: None,
            email_address: None,
            additional_properties: Default::default(),
        }
    }
}
