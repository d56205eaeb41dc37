//! `CommonAccessItemAccess`, from `beta/schemas/CommonAccessItemAccess.yaml`.

use crate::models::CommonAccessType;

/// `CommonAccessItemAccess` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CommonAccessItemAccess {
    /// Common access ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Common access type (ROLE or ACCESS_PROFILE)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CommonAccessType>,
    /// Common access name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Common access description
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Common access owner name
    #[serde(
        rename = "ownerName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub owner_name: Option<String>,
    /// Common access owner ID
    #[serde(
        rename = "ownerId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub owner_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CommonAccessItemAccess {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CommonAccessItemAccess {
            id: None,
            r#type: None,
            name: None,
            description: None,
            owner_name: None,
            owner_id: None,
            additional_properties: Default::default(),
        }
    }
}
