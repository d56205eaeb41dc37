//! `GetEntitlementAggregationGroups401Response`, from `beta/paths/multi-host-integration-get-entitlement-agg-groups.yaml#/get`.

/// `GetEntitlementAggregationGroups401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEntitlementAggregationGroups401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetEntitlementAggregationGroups401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetEntitlementAggregationGroups401Response {
            error: None,
        }
    }
}
