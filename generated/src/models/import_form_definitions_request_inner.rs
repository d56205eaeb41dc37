//! `ImportFormDefinitionsRequestInner`, from `beta/paths/form-definitions-import.yaml#/post/requestBody/content/application~1json/schema/items`.

use crate::models::FormDefinitionResponse;

/// `ImportFormDefinitionsRequestInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportFormDefinitionsRequestInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportFormDefinitionsRequestInner {
            object: None,
            self_: None,
            version: None,
            additional_properties: Default::default(),
        }
    }
}
