//! `CreatePasswordOrgConfig401Response`, from `v3/paths/password-org-config.yaml#/post`.
/// `CreatePasswordOrgConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePasswordOrgConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl CreatePasswordOrgConfig401Response {
    /// A `CreatePasswordOrgConfig401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        CreatePasswordOrgConfig401Response {
            error: None,
        }
    }
}
