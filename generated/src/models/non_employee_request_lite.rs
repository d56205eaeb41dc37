//! `NonEmployeeRequestLite`, from `beta/schemas/NonEmployeeRequestLite.yaml`.

use crate::models::IdentityReferenceWithId;

/// `NonEmployeeRequestLite` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeRequestLite {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NonEmployeeRequestLite {
            id: None,
            requester: None,
            additional_properties: Default::default(),
        }
    }
}
