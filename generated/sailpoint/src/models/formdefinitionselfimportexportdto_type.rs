//! `FormdefinitionselfimportexportdtoType`, from `apis/custom-forms/schemas/formdefinitionselfimportexportdto.yaml#/properties/type`.

/// Imported/exported object's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormdefinitionselfimportexportdtoType {
    /// `FORM_DEFINITION`
    FormDefinition,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormdefinitionselfimportexportdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormdefinitionselfimportexportdtoType::FormDefinition => "FORM_DEFINITION",
            FormdefinitionselfimportexportdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormdefinitionselfimportexportdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "FORM_DEFINITION" => FormdefinitionselfimportexportdtoType::FormDefinition,
            other => FormdefinitionselfimportexportdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormdefinitionselfimportexportdtoType);
