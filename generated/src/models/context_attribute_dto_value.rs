//! `ContextAttributeDtoValue`, from `beta/schemas/ContextAttributeDto.yaml#/properties/value`.

/// The value of the attribute.  This can be either a string or a multi-valued string
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ContextAttributeDtoValue {
    String(String),
    Array(Vec<String>),
}

impl From<String> for ContextAttributeDtoValue {
    fn from(value: String) -> Self {
        ContextAttributeDtoValue::String(value)
    }
}

impl From<Vec<String>> for ContextAttributeDtoValue {
    fn from(value: Vec<String>) -> Self {
        ContextAttributeDtoValue::Array(value)
    }
}
