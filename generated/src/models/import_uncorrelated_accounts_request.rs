//! `ImportUncorrelatedAccountsRequest`, from `beta/paths/load-uncorrelated-accounts.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportUncorrelatedAccountsRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportUncorrelatedAccountsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<u8>>,
}

impl ImportUncorrelatedAccountsRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportUncorrelatedAccountsRequest {
            file: None,
        }
    }
}
