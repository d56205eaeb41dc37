//! `GetEntitlementAggregationGroups429Response`, from `beta/paths/multi-host-integration-get-entitlement-agg-groups.yaml#/get`.

/// `GetEntitlementAggregationGroups429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEntitlementAggregationGroups429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetEntitlementAggregationGroups429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetEntitlementAggregationGroups429Response {
            message: None,
        }
    }
}
