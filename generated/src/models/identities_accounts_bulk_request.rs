//! `IdentitiesAccountsBulkRequest`, from `beta/schemas/IdentitiesAccountsBulkRequest.yaml`.

/// `IdentitiesAccountsBulkRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentitiesAccountsBulkRequest {
    /// The ids of the identities for which enable/disable accounts.
    #[serde(rename = "identityIds", default, skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
}

impl IdentitiesAccountsBulkRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentitiesAccountsBulkRequest {
            identity_ids: None,
        }
    }
}
