//! `GetUsagesByAccountId401Response`, from `beta/paths/account-usages.yaml#/get`.

/// `GetUsagesByAccountId401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetUsagesByAccountId401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetUsagesByAccountId401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetUsagesByAccountId401Response {
            error: None,
        }
    }
}
