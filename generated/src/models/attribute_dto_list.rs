//! `AttributeDtoList`, from `beta/schemas/gov-attributes/AttributeDTOList.yaml`.

use crate::models::AttributeDto;

/// `AttributeDtoList` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttributeDtoList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<AttributeDto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttributeDtoList {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AttributeDtoList {
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}
