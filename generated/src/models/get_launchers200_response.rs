//! `GetLaunchers200Response`, from `beta/paths/launchers.yaml#/get/responses/200/content/application~1json/schema`.

use crate::models::Launcher;

/// `GetLaunchers200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GetLaunchers200Response {
    /// Pagination marker
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Launcher>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl GetLaunchers200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetLaunchers200Response {
            next: None,
            items: None,
            additional_properties: Default::default(),
        }
    }
}
