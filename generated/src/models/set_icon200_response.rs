//! `SetIcon200Response`, from `beta/paths/icon.yaml#/put/responses/200/content/application~1json/schema`.

/// `SetIcon200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SetIcon200Response {
    /// url to file with icon
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub icon: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SetIcon200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetIcon200Response {
            icon: None,
            additional_properties: Default::default(),
        }
    }
}
