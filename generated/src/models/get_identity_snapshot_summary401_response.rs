//! `GetIdentitySnapshotSummary401Response`, from `beta/paths/historical-identity-snapshot-summary.yaml#/get`.
/// `GetIdentitySnapshotSummary401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetIdentitySnapshotSummary401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetIdentitySnapshotSummary401Response {
    /// A `GetIdentitySnapshotSummary401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetIdentitySnapshotSummary401Response {
            error: None,
        }
    }
}
