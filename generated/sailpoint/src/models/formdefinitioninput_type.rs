//! `FormdefinitioninputType`, from `apis/custom-forms/schemas/formdefinitioninput.yaml#/properties/type`.

/// FormDefinitionInputType value.
/// STRING FormDefinitionInputTypeString
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormdefinitioninputType {
    /// `STRING`
    String,
    /// `ARRAY`
    Array,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormdefinitioninputType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormdefinitioninputType::String => "STRING",
            FormdefinitioninputType::Array => "ARRAY",
            FormdefinitioninputType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormdefinitioninputType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STRING" => FormdefinitioninputType::String,
            "ARRAY" => FormdefinitioninputType::Array,
            other => FormdefinitioninputType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormdefinitioninputType);
