//! `GetPeerGroupOutliers401Response`, from `beta/paths/peer-group-strategies.yaml#/get`.

/// `GetPeerGroupOutliers401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPeerGroupOutliers401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPeerGroupOutliers401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPeerGroupOutliers401Response {
            error: None,
        }
    }
}
