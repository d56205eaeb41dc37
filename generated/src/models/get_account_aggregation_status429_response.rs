//! `GetAccountAggregationStatus429Response`, from `beta/paths/account-aggregation-status.yaml#/get`.

/// `GetAccountAggregationStatus429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccountAggregationStatus429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetAccountAggregationStatus429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccountAggregationStatus429Response {
            message: None,
        }
    }
}
