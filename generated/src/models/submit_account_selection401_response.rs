//! `SubmitAccountSelection401Response`, from `beta/paths/work-items-account-selection.yaml#/post`.
/// `SubmitAccountSelection401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubmitAccountSelection401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl SubmitAccountSelection401Response {
    /// A `SubmitAccountSelection401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        SubmitAccountSelection401Response {
            error: None,
        }
    }
}
