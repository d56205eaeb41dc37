//! `ImportUncorrelatedAccounts401Response`, from `beta/paths/load-uncorrelated-accounts.yaml#/post`.

/// `ImportUncorrelatedAccounts401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportUncorrelatedAccounts401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ImportUncorrelatedAccounts401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportUncorrelatedAccounts401Response {
            error: None,
        }
    }
}
