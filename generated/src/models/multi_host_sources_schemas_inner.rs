//! `MultiHostSourcesSchemasInner`, from `beta/schemas/MultiHostSources.yaml#/properties/schemas/items`.

use crate::models::MultiHostSourcesSchemasInnerType;

/// `MultiHostSourcesSchemasInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MultiHostSourcesSchemasInner {
    /// Type of object being referenced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MultiHostSourcesSchemasInnerType>,
    /// Schema ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Schema's human-readable display name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl MultiHostSourcesSchemasInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MultiHostSourcesSchemasInner {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
