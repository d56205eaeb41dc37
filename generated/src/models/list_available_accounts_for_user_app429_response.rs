//! `ListAvailableAccountsForUserApp429Response`, from `beta/paths/ears-user-app-available-accounts.yaml#/get`.

/// `ListAvailableAccountsForUserApp429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAvailableAccountsForUserApp429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListAvailableAccountsForUserApp429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListAvailableAccountsForUserApp429Response {
            message: None,
        }
    }
}
