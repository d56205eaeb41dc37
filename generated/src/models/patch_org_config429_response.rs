//! `PatchOrgConfig429Response`, from `beta/paths/org-config.yaml#/patch`.

/// `PatchOrgConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchOrgConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchOrgConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchOrgConfig429Response {
            message: None,
        }
    }
}
