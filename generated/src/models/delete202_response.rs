//! `Delete202Response`, from `beta/paths/source.yaml#/delete/responses/202/content/application~1json/schema`.

use crate::models::Delete202ResponseType;

/// `Delete202Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Delete202Response {
    /// Type of object being referenced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Delete202ResponseType>,
    /// Task result ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Task result's human-readable display name (this should be null/empty).
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

impl Delete202Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Delete202Response {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
