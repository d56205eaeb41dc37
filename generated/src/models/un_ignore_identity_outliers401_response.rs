//! `UnIgnoreIdentityOutliers401Response`, from `beta/paths/outliers-unignore.yaml#/post`.
/// `UnIgnoreIdentityOutliers401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnIgnoreIdentityOutliers401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl UnIgnoreIdentityOutliers401Response {
    /// A `UnIgnoreIdentityOutliers401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        UnIgnoreIdentityOutliers401Response {
            error: None,
        }
    }
}
