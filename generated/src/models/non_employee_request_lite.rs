//! `NonEmployeeRequestLite`, from `beta/schemas/NonEmployeeRequestLite.yaml`.

use crate::models::IdentityReferenceWithId;

/// `NonEmployeeRequestLite` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NonEmployeeRequestLite {
    /// Non-Employee request id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester: Option<IdentityReferenceWithId>,
}

impl NonEmployeeRequestLite {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NonEmployeeRequestLite {
            id: None,
            requester: None,
        }
    }
}
