//! `WorkgroupBulkDeleteRequest`, from `beta/schemas/workgroups/WorkgroupBulkDeleteRequest.yaml`.

/// `WorkgroupBulkDeleteRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkgroupBulkDeleteRequest {
    /// List of IDs of Governance Groups to be deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkgroupBulkDeleteRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkgroupBulkDeleteRequest {
            ids: None,
            additional_properties: Default::default(),
        }
    }
}
