//! `FormDefinitionInputType`, from `beta/schemas/forms/FormDefinitionInput.yaml#/properties/type`.

/// FormDefinitionInputType value.
/// STRING FormDefinitionInputTypeString
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormDefinitionInputType {
    /// `STRING`
    String,
    /// `ARRAY`
    Array,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormDefinitionInputType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormDefinitionInputType::String => "STRING",
            FormDefinitionInputType::Array => "ARRAY",
            FormDefinitionInputType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormDefinitionInputType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STRING" => FormDefinitionInputType::String,
            "ARRAY" => FormDefinitionInputType::Array,
            other => FormDefinitionInputType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormDefinitionInputType);
