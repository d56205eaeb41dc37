//! `GetUsagesByAccountId429Response`, from `beta/paths/account-usages.yaml#/get`.

/// `GetUsagesByAccountId429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetUsagesByAccountId429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetUsagesByAccountId429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetUsagesByAccountId429Response {
            message: None,
        }
    }
}
