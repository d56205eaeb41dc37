//! `UploadIdentityAttachmentRequest`, from `openapi.yaml#/paths/~1identities~1attachments/post/requestBody/content/multipart~1form-data/schema`.

/// `UploadIdentityAttachmentRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UploadIdentityAttachmentRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<u8>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UploadIdentityAttachmentRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UploadIdentityAttachmentRequest {
            file: None,
            comment: None,
            additional_properties: Default::default(),
        }
    }
}
