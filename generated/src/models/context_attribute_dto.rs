//! `ContextAttributeDto`, from `beta/schemas/ContextAttributeDto.yaml`.

use crate::models::ContextAttributeDtoValue;

/// `ContextAttributeDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContextAttributeDto {
    /// The name of the attribute
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute: Option<String>,
    /// The value of the attribute.  This can be either a string or a multi-valued string
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ContextAttributeDtoValue>,
    /// True if the attribute was derived.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub derived: Option<bool>,
}

impl ContextAttributeDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ContextAttributeDto {
            attribute: None,
            value: None,
            derived: None,
        }
    }
}
