//! `ListSpConfigObjects401Response`, from `beta/paths/sp-config-objects.yaml#/get`.

/// `ListSpConfigObjects401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListSpConfigObjects401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListSpConfigObjects401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListSpConfigObjects401Response {
            error: None,
        }
    }
}
