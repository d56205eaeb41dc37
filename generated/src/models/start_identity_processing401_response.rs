//! `StartIdentityProcessing401Response`, from `beta/paths/identities-process.yaml#/post`.

/// `StartIdentityProcessing401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartIdentityProcessing401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl StartIdentityProcessing401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        StartIdentityProcessing401Response {
            error: None,
        }
    }
}
