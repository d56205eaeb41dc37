//! `ImportSourceAccountsSchema429Response`, from `beta/paths/source-accounts-schema.yaml#/post`.

/// `ImportSourceAccountsSchema429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportSourceAccountsSchema429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ImportSourceAccountsSchema429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportSourceAccountsSchema429Response {
            message: None,
        }
    }
}
