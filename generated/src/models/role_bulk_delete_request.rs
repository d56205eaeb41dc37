//! `RoleBulkDeleteRequest`, from `v3/schemas/access/RoleBulkDeleteRequest.yaml`.

/// `RoleBulkDeleteRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RoleBulkDeleteRequest {
    /// List of IDs of Roles to be deleted.
    #[serde(rename = "roleIds", default)]
    pub role_ids: Vec<String>,
}

impl RoleBulkDeleteRequest {
    /// Builds the value from its required fields.
    pub fn new(role_ids: Vec<String>) -> Self {
        RoleBulkDeleteRequest { role_ids }
    }
}
