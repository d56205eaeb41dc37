//! `GetPeerGroupOutliers429Response`, from `beta/paths/peer-group-strategies.yaml#/get`.

/// `GetPeerGroupOutliers429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPeerGroupOutliers429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetPeerGroupOutliers429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPeerGroupOutliers429Response {
            message: None,
        }
    }
}
