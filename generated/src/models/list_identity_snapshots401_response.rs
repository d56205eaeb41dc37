//! `ListIdentitySnapshots401Response`, from `beta/paths/historical-identity-snapshots.yaml#/get`.

/// `ListIdentitySnapshots401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListIdentitySnapshots401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListIdentitySnapshots401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListIdentitySnapshots401Response {
            error: None,
        }
    }
}
