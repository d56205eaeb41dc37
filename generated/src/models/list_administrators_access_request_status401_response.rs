//! `ListAdministratorsAccessRequestStatus401Response`, from `v2024/paths/access-request-status-administrator.yaml#/get`.

/// `ListAdministratorsAccessRequestStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAdministratorsAccessRequestStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListAdministratorsAccessRequestStatus401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListAdministratorsAccessRequestStatus401Response {
            error: None,
        }
    }
}
