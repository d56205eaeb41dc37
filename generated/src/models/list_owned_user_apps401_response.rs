//! `ListOwnedUserApps401Response`, from `beta/paths/ears-user-apps.yaml#/get`.
/// `ListOwnedUserApps401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListOwnedUserApps401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListOwnedUserApps401Response {
    /// A `ListOwnedUserApps401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListOwnedUserApps401Response {
            error: None,
        }
    }
}
