//! `PatchProfileConfig429Response`, from `beta/paths/auth-profile.yaml#/patch`.

/// `PatchProfileConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchProfileConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchProfileConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchProfileConfig429Response {
            message: None,
        }
    }
}
