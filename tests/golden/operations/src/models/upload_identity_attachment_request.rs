//! `UploadIdentityAttachmentRequest`, from `openapi.yaml#/paths/~1identities~1attachments/post/requestBody/content/multipart~1form-data/schema`.

/// `UploadIdentityAttachmentRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UploadIdentityAttachmentRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<u8>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
}

impl UploadIdentityAttachmentRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UploadIdentityAttachmentRequest {
            file: None,
            comment: None,
        }
    }
}
