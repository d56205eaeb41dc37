//! `GetPasswordDictionary401Response`, from `v3/paths/password-dictionary.yaml#/get`.

/// `GetPasswordDictionary401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPasswordDictionary401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPasswordDictionary401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPasswordDictionary401Response {
            error: None,
        }
    }
}
