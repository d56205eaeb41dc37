//! `SelfImportExportDto`, from `v3/schemas/SelfImportExportDto.yaml`.

use crate::models::SelfImportExportDtoType;

/// Self block for imported/exported object.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SelfImportExportDto {
    /// Imported/exported object's DTO type. Import is currently only possible with the CONNECTOR_RULE, IDENTITY_OBJECT_CONFIG, IDENTITY_PROFILE, RULE, SOURCE, TRANSFORM, and TRIGGER_SUBSCRIPTION object types.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SelfImportExportDtoType>,
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SelfImportExportDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SelfImportExportDto {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
