//! `DeleteMultiHost401Response`, from `beta/paths/multi-host-integrations.yaml#/delete`.

/// `DeleteMultiHost401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteMultiHost401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteMultiHost401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteMultiHost401Response {
            error: None,
        }
    }
}
