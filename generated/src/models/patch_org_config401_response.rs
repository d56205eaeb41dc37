//! `PatchOrgConfig401Response`, from `beta/paths/org-config.yaml#/patch`.

/// `PatchOrgConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchOrgConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PatchOrgConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchOrgConfig401Response {
            error: None,
        }
    }
}
