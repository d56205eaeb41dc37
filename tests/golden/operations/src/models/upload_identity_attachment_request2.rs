//! `UploadIdentityAttachmentRequest2`, from `openapi.yaml#/paths/~1identities~1attachments/post/requestBody/content/application~1x-www-form-urlencoded/schema`.

/// `UploadIdentityAttachmentRequest2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UploadIdentityAttachmentRequest2 {
    /// URL to fetch the attachment from.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub url: Option<String>,
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

impl UploadIdentityAttachmentRequest2 {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UploadIdentityAttachmentRequest2 {
            url: None,
            comment: None,
            additional_properties: Default::default(),
        }
    }
}
