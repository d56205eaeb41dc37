//! `ProcessIdentitiesRequest`, from `beta/schemas/ProcessIdentitiesRequest.yaml`.

/// `ProcessIdentitiesRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProcessIdentitiesRequest {
    /// List of up to 250 identity IDs to process.
    #[serde(rename = "identityIds", default, skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
}

impl ProcessIdentitiesRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ProcessIdentitiesRequest {
            identity_ids: None,
        }
    }
}
