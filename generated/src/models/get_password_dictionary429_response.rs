//! `GetPasswordDictionary429Response`, from `v3/paths/password-dictionary.yaml#/get`.

/// `GetPasswordDictionary429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPasswordDictionary429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetPasswordDictionary429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPasswordDictionary429Response {
            message: None,
        }
    }
}
