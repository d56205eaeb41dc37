//! `AttributeDtoList`, from `beta/schemas/gov-attributes/AttributeDTOList.yaml`.

use crate::models::AttributeDto;

/// `AttributeDtoList` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AttributeDtoList {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<AttributeDto>>,
}

impl AttributeDtoList {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AttributeDtoList {
            attributes: None,
        }
    }
}
