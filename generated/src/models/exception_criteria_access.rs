//! `ExceptionCriteriaAccess`, from `beta/schemas/sod/models/ExceptionCriteriaAccess.yaml`.

use crate::models::V3DtoType;

/// Access reference with addition of boolean existing flag to indicate whether the access was extant
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExceptionCriteriaAccess {
    /// DTO type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3DtoType>,
    /// ID of the object to which this reference applies
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Whether the subject identity already had that access or not
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub existing: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ExceptionCriteriaAccess {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExceptionCriteriaAccess {
            r#type: None,
            id: None,
            name: None,
            existing: None,
            additional_properties: Default::default(),
        }
    }
}
