//! `UploadForm`, from `openapi.yaml#/components/schemas/UploadForm`.

/// Multipart upload form.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UploadForm {
    /// The file contents.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UploadForm {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(file: Vec<u8>) -> Self {
        UploadForm {
            file,
            title: None,
            size: None,
            additional_properties: Default::default(),
        }
    }
}
