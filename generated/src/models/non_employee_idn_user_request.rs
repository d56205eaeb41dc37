//! `NonEmployeeIdnUserRequest`, from `beta/schemas/NonEmployeeIdnUserRequest.yaml`.

/// `NonEmployeeIdnUserRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NonEmployeeIdnUserRequest {
    /// Identity id.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
}

impl NonEmployeeIdnUserRequest {
    /// Builds the value from its required fields.
    pub fn new(id: impl Into<String>) -> Self {
        NonEmployeeIdnUserRequest {
            id: id.into(),
        }
    }
}
