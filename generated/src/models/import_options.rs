//! `ImportOptions`, from `beta/schemas/ImportOptions.yaml`.

use crate::models::{
    ImportOptionsDefaultReferencesInner, ImportOptionsExcludeTypesInner,
    ImportOptionsIncludeTypesInner, ObjectExportImportOptions,
};

/// `ImportOptions` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportOptions {
    /// Object type names to be excluded from an sp-config export command.
    #[serde(rename = "excludeTypes", default, skip_serializing_if = "Option::is_none")]
    pub exclude_types: Option<Vec<ImportOptionsExcludeTypesInner>>,
    /// Object type names to be included in an sp-config export command. IncludeTypes takes precedence over excludeTypes.
    #[serde(rename = "includeTypes", default, skip_serializing_if = "Option::is_none")]
    pub include_types: Option<Vec<ImportOptionsIncludeTypesInner>>,
    /// Additional options targeting specific objects related to each item in the includeTypes field
    #[serde(rename = "objectOptions", default, skip_serializing_if = "Option::is_none")]
    pub object_options: Option<
        std::collections::BTreeMap<String, ObjectExportImportOptions>,
    >,
    /// List of object types that can be used to resolve references on import.
    #[serde(
        rename = "defaultReferences",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_references: Option<Vec<ImportOptionsDefaultReferencesInner>>,
    /// By default, every import will first export all existing objects supported by sp-config as a backup before the import is attempted. If excludeBackup is true, the backup will not be performed.
    #[serde(
        rename = "excludeBackup",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub exclude_backup: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportOptions {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportOptions {
            exclude_types: None,
            include_types: None,
            object_options: None,
            default_references: None,
            exclude_backup: None,
            additional_properties: Default::default(),
        }
    }
}
