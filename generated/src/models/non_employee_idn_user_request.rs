//! `NonEmployeeIdnUserRequest`, from `beta/schemas/NonEmployeeIdnUserRequest.yaml`.

/// `NonEmployeeIdnUserRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeIdnUserRequest {
    /// Identity id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeIdnUserRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>) -> Self {
        NonEmployeeIdnUserRequest {
            id: id.into(),
            additional_properties: Default::default(),
        }
    }
}
