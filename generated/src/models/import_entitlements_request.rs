//! `ImportEntitlementsRequest`, from `beta/paths/load-entitlements.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportEntitlementsRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportEntitlementsRequest {
    /// The CSV file containing the source entitlements to aggregate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<u8>>,
}

impl ImportEntitlementsRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportEntitlementsRequest {
            file: None,
        }
    }
}
