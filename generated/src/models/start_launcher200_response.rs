//! `StartLauncher200Response`, from `beta/paths/launcher-launch.yaml#/post/responses/200/content/application~1json/schema`.

/// `StartLauncher200Response` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartLauncher200Response {
    /// ID of the Interactive Process that was launched
    #[serde(
        rename = "interactiveProcessId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub interactive_process_id: String,
}

impl StartLauncher200Response {
    /// Builds the value from its required fields.
    pub fn new(interactive_process_id: impl Into<String>) -> Self {
        StartLauncher200Response {
            interactive_process_id: interactive_process_id.into(),
        }
    }
}
