//! `RequestableObjectReference`, from `beta/schemas/RequestableObjectReference.yaml`.

use crate::models::RequestableObjectReferenceType;

/// `RequestableObjectReference` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RequestableObjectReference {
    /// Id of the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Description of the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Type of the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RequestableObjectReferenceType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RequestableObjectReference {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RequestableObjectReference {
            id: None,
            name: None,
            description: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}
