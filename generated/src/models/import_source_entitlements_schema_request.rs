//! `ImportSourceEntitlementsSchemaRequest`, from `beta/paths/source-entitlements-schema.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportSourceEntitlementsSchemaRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportSourceEntitlementsSchemaRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<u8>>,
}

impl ImportSourceEntitlementsSchemaRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportSourceEntitlementsSchemaRequest {
            file: None,
        }
    }
}
