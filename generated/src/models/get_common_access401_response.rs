//! `GetCommonAccess401Response`, from `beta/paths/common-access.yaml#/get`.
/// `GetCommonAccess401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCommonAccess401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetCommonAccess401Response {
    /// A `GetCommonAccess401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetCommonAccess401Response {
            error: None,
        }
    }
}
