//! `Thing`, from `openapi.yaml#/components/schemas/Thing`.

use crate::models::Owner;

/// A thing with many defects.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Thing {
    /// Upper-case non-standard `UUID` format.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// A free-text format.
    #[serde(
        rename = "ownerId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub owner_id: Option<String>,
    /// Uses `type: date-time` instead of `type: string` plus `format: date-time`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// A date-time with a prose default.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub expires: Option<chrono::DateTime<chrono::Utc>>,
    /// A boolean with a string default.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub enabled: Option<bool>,
    /// Another boolean with a string default.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub visible: Option<bool>,
    /// A `$ref` with sibling `nullable: true` and `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Thing {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>) -> Self {
        Thing {
            id: id.into(),
            owner_id: None,
            modified: None,
            expires: None,
            enabled: None,
            visible: None,
            owner: None,
            additional_properties: Default::default(),
        }
    }
}
