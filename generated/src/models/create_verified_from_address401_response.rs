//! `CreateVerifiedFromAddress401Response`, from `beta/paths/verified-from-addresses.yaml#/post`.
/// `CreateVerifiedFromAddress401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateVerifiedFromAddress401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl CreateVerifiedFromAddress401Response {
    /// A `CreateVerifiedFromAddress401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        CreateVerifiedFromAddress401Response {
            error: None,
        }
    }
}
