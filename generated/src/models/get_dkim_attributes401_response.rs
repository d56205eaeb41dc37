//! `GetDkimAttributes401Response`, from `beta/paths/verified-domains.yaml#/get`.
/// `GetDkimAttributes401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDkimAttributes401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetDkimAttributes401Response {
    /// A `GetDkimAttributes401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetDkimAttributes401Response {
            error: None,
        }
    }
}
