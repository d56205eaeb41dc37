//! `PatchOrgConfig429Response`, from `beta/paths/org-config.yaml#/patch`.
/// `PatchOrgConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchOrgConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl PatchOrgConfig429Response {
    /// A `PatchOrgConfig429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        PatchOrgConfig429Response {
            message: None,
        }
    }
}
