//! `ProcessIdentitiesRequest`, from `beta/schemas/ProcessIdentitiesRequest.yaml`.

/// `ProcessIdentitiesRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProcessIdentitiesRequest {
    /// List of up to 250 identity IDs to process.
    #[serde(rename = "identityIds", default, skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProcessIdentitiesRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ProcessIdentitiesRequest {
            identity_ids: None,
            additional_properties: Default::default(),
        }
    }
}
