//! `RoleBulkDeleteRequest`, from `v3/schemas/access/RoleBulkDeleteRequest.yaml`.

/// `RoleBulkDeleteRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleBulkDeleteRequest {
    /// List of IDs of Roles to be deleted.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "roleIds",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub role_ids: Vec<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleBulkDeleteRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(role_ids: Vec<String>) -> Self {
        RoleBulkDeleteRequest {
            role_ids,
            additional_properties: Default::default(),
        }
    }
}
