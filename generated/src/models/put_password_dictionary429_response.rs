//! `PutPasswordDictionary429Response`, from `v3/paths/password-dictionary.yaml#/put`.

/// `PutPasswordDictionary429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutPasswordDictionary429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutPasswordDictionary429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutPasswordDictionary429Response {
            message: None,
        }
    }
}
