//! `ImportSourceAccountsSchema401Response`, from `beta/paths/source-accounts-schema.yaml#/post`.

/// `ImportSourceAccountsSchema401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportSourceAccountsSchema401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ImportSourceAccountsSchema401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportSourceAccountsSchema401Response {
            error: None,
        }
    }
}
