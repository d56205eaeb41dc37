//! `ImportAccountsRequest`, from `beta/paths/load-accounts.yaml#/post/requestBody/content/multipart~1form-data/schema`.

use crate::models::ImportAccountsRequestDisableOptimization;

/// `ImportAccountsRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportAccountsRequest {
    /// The CSV file containing the source accounts to aggregate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<u8>>,
    /// Use this flag to reprocess every account whether or not the data has changed.
    #[serde(
        rename = "disableOptimization",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_optimization: Option<ImportAccountsRequestDisableOptimization>,
}

impl ImportAccountsRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportAccountsRequest {
            file: None,
            disable_optimization: None,
        }
    }
}
