//! `GetReassignmentConfigTypes429Response`, from `beta/paths/reassignment-configuration-types.yaml#/get`.

/// `GetReassignmentConfigTypes429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetReassignmentConfigTypes429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetReassignmentConfigTypes429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetReassignmentConfigTypes429Response {
            message: None,
        }
    }
}
