//! `GetAccountAggregationStatus429Response`, from `beta/paths/account-aggregation-status.yaml#/get`.
/// `GetAccountAggregationStatus429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccountAggregationStatus429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl GetAccountAggregationStatus429Response {
    /// A `GetAccountAggregationStatus429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetAccountAggregationStatus429Response {
            message: None,
        }
    }
}
