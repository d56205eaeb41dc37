//! `GetAcctAggregationGroups401Response`, from `beta/paths/multi-host-integration-get-acct-agg-groups.yaml#/get`.
/// `GetAcctAggregationGroups401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAcctAggregationGroups401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetAcctAggregationGroups401Response {
    /// A `GetAcctAggregationGroups401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetAcctAggregationGroups401Response {
            error: None,
        }
    }
}
