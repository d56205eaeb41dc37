//! `SetIconRequest`, from `beta/paths/icon.yaml#/put/requestBody/content/multipart~1form-data/schema`.

/// `SetIconRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetIconRequest {
    /// file with icon. Allowed mime-types \['image/png', 'image/jpeg'\]
    #[serde(default)]
    pub image: Vec<u8>,
}

impl SetIconRequest {
    /// Builds the value from its required fields.
    pub fn new(image: Vec<u8>) -> Self {
        SetIconRequest { image }
    }
}
