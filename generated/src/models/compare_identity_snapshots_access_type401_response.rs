//! `CompareIdentitySnapshotsAccessType401Response`, from `beta/paths/historical-identity-compare-type.yaml#/get`.

/// `CompareIdentitySnapshotsAccessType401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CompareIdentitySnapshotsAccessType401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CompareIdentitySnapshotsAccessType401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CompareIdentitySnapshotsAccessType401Response {
            error: None,
        }
    }
}
