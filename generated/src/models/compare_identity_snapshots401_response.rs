//! `CompareIdentitySnapshots401Response`, from `beta/paths/historical-identity-compare.yaml#/get`.
/// `CompareIdentitySnapshots401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CompareIdentitySnapshots401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl CompareIdentitySnapshots401Response {
    /// A `CompareIdentitySnapshots401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        CompareIdentitySnapshots401Response {
            error: None,
        }
    }
}
