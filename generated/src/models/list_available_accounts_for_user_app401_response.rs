//! `ListAvailableAccountsForUserApp401Response`, from `beta/paths/ears-user-app-available-accounts.yaml#/get`.

/// `ListAvailableAccountsForUserApp401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAvailableAccountsForUserApp401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListAvailableAccountsForUserApp401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListAvailableAccountsForUserApp401Response {
            error: None,
        }
    }
}
