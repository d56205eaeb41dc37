//! `ImportFormDefinitionsRequestInner`, from `beta/paths/form-definitions-import.yaml#/post/requestBody/content/application~1json/schema/items`.

use crate::models::FormDefinitionResponse;

/// `ImportFormDefinitionsRequestInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportFormDefinitionsRequestInner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<FormDefinitionResponse>,
    #[serde(
        rename = "self",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub self_: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}

impl ImportFormDefinitionsRequestInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportFormDefinitionsRequestInner {
            object: None,
            self_: None,
            version: None,
        }
    }
}
