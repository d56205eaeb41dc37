//! `ListIdentityAttributes401Response`, from `beta/paths/identity-attributes.yaml#/get`.
/// `ListIdentityAttributes401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListIdentityAttributes401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListIdentityAttributes401Response {
    /// A `ListIdentityAttributes401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListIdentityAttributes401Response {
            error: None,
        }
    }
}
