//! `CompareIdentitySnapshotsAccessType401Response`, from `beta/paths/historical-identity-compare-type.yaml#/get`.
/// `CompareIdentitySnapshotsAccessType401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CompareIdentitySnapshotsAccessType401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl CompareIdentitySnapshotsAccessType401Response {
    /// A `CompareIdentitySnapshotsAccessType401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        CompareIdentitySnapshotsAccessType401Response {
            error: None,
        }
    }
}
