//! `ListAdministratorsAccessRequestStatus429Response`, from `v2024/paths/access-request-status-administrator.yaml#/get`.

/// `ListAdministratorsAccessRequestStatus429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAdministratorsAccessRequestStatus429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListAdministratorsAccessRequestStatus429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListAdministratorsAccessRequestStatus429Response {
            message: None,
        }
    }
}
