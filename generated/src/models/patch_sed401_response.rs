//! `PatchSed401Response`, from `beta/paths/suggested-entitlement-descriptions.yaml#/patch`.
/// `PatchSed401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchSed401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl PatchSed401Response {
    /// A `PatchSed401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        PatchSed401Response { error: None }
    }
}
