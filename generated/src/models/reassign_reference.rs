//! `ReassignReference`, from `v3/schemas/ReassignReference.yaml`.

use crate::models::ReassignReferenceType;

/// `ReassignReference` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReassignReference {
    /// The ID of item or identity being reassigned.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The type of item or identity being reassigned.
    pub r#type: ReassignReferenceType,
}

impl ReassignReference {
    /// Builds the value from its required fields.
    pub fn new(id: impl Into<String>, r#type: ReassignReferenceType) -> Self {
        ReassignReference {
            id: id.into(),
            r#type,
        }
    }
}
