//! `FormDefinitionSelfImportExportDto`, from `beta/schemas/forms/FormDefinitionSelfImportExportDto.yaml`.

use crate::models::FormDefinitionSelfImportExportDtoType;

/// Self block for imported/exported object.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FormDefinitionSelfImportExportDto {
    /// Imported/exported object's DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<FormDefinitionSelfImportExportDtoType>,
    /// Imported/exported object's ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Imported/exported object's display name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl FormDefinitionSelfImportExportDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormDefinitionSelfImportExportDto {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
