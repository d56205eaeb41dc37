//! `SetIconRequest`, from `beta/paths/icon.yaml#/put/requestBody/content/multipart~1form-data/schema`.

/// `SetIconRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SetIconRequest {
    /// file with icon. Allowed mime-types \['image/png', 'image/jpeg'\]
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub image: Vec<u8>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SetIconRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(image: Vec<u8>) -> Self {
        SetIconRequest {
            image,
            additional_properties: Default::default(),
        }
    }
}
