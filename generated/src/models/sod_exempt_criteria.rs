//! `SodExemptCriteria`, from `beta/schemas/SodExemptCriteria.yaml`.

use crate::models::V3DtoType;

/// Details of the Entitlement criteria
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SodExemptCriteria {
    /// If the entitlement already belonged to the user or not.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub existing: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3DtoType>,
    /// Entitlement ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Entitlement name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SodExemptCriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SodExemptCriteria {
            existing: None,
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
