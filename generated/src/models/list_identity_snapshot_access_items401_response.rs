//! `ListIdentitySnapshotAccessItems401Response`, from `beta/paths/historical-identity-snapshot-date-access-items.yaml#/get`.

/// `ListIdentitySnapshotAccessItems401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListIdentitySnapshotAccessItems401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListIdentitySnapshotAccessItems401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListIdentitySnapshotAccessItems401Response {
            error: None,
        }
    }
}
