//! `ListOwnedUserApps401Response`, from `beta/paths/ears-user-apps.yaml#/get`.

/// `ListOwnedUserApps401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListOwnedUserApps401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListOwnedUserApps401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListOwnedUserApps401Response {
            error: None,
        }
    }
}
