//! `SetIcon200Response`, from `beta/paths/icon.yaml#/put/responses/200/content/application~1json/schema`.

/// `SetIcon200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetIcon200Response {
    /// url to file with icon
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub icon: Option<String>,
}

impl SetIcon200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetIcon200Response { icon: None }
    }
}
