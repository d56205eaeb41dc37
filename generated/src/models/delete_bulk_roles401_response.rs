//! `DeleteBulkRoles401Response`, from `beta/paths/role-bulk-delete.yaml#/post`.

/// `DeleteBulkRoles401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteBulkRoles401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteBulkRoles401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteBulkRoles401Response {
            error: None,
        }
    }
}
