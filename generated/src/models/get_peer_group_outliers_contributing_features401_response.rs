//! `GetPeerGroupOutliersContributingFeatures401Response`, from `beta/paths/outliers-contributing-features.yaml#/get`.

/// `GetPeerGroupOutliersContributingFeatures401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPeerGroupOutliersContributingFeatures401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPeerGroupOutliersContributingFeatures401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPeerGroupOutliersContributingFeatures401Response {
            error: None,
        }
    }
}
