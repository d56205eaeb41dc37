//! `AccessProfileRef`, from `v3/schemas/access/AccessProfileRef.yaml`.

use crate::models::AccessProfileRefType;

/// `AccessProfileRef` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessProfileRef {
    /// ID of the Access Profile
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Type of requested object. This field must be either left null or set to 'ACCESS_PROFILE' when creating an Access Profile, otherwise a 400 Bad Request error will result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessProfileRefType>,
    /// Human-readable display name of the Access Profile. This field is ignored on input.
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

impl AccessProfileRef {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessProfileRef {
            id: None,
            r#type: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
