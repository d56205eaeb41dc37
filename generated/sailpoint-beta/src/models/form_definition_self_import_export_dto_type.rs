//! `FormDefinitionSelfImportExportDtoType`, from `beta/schemas/forms/FormDefinitionSelfImportExportDto.yaml#/properties/type`.

/// Imported/exported object's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormDefinitionSelfImportExportDtoType {
    /// `FORM_DEFINITION`
    FormDefinition,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormDefinitionSelfImportExportDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormDefinitionSelfImportExportDtoType::FormDefinition => "FORM_DEFINITION",
            FormDefinitionSelfImportExportDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormDefinitionSelfImportExportDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "FORM_DEFINITION" => FormDefinitionSelfImportExportDtoType::FormDefinition,
            other => FormDefinitionSelfImportExportDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormDefinitionSelfImportExportDtoType);
