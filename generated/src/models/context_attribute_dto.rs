//! `ContextAttributeDto`, from `beta/schemas/ContextAttributeDto.yaml`.

use crate::models::ContextAttributeDtoValue;

/// `ContextAttributeDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ContextAttributeDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ContextAttributeDto {
            attribute: None,
            value: None,
            derived: None,
            additional_properties: Default::default(),
        }
    }
}
