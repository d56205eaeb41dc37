//! `ImportAccountsRequest`, from `beta/paths/load-accounts.yaml#/post/requestBody/content/multipart~1form-data/schema`.

use crate::models::ImportAccountsRequestDisableOptimization;

/// `ImportAccountsRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportAccountsRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportAccountsRequest {
            file: None,
            disable_optimization: None,
            additional_properties: Default::default(),
        }
    }
}
