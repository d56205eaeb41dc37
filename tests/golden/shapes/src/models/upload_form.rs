//! `UploadForm`, from `openapi.yaml#/components/schemas/UploadForm`.

/// Multipart upload form.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UploadForm {
    /// The file contents.
    #[serde(default)]
    pub file: Vec<u8>,
    /// A title.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub title: Option<String>,
    /// Size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

impl UploadForm {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(file: Vec<u8>) -> Self {
        UploadForm {
            file,
            title: None,
            size: None,
        }
    }
}
