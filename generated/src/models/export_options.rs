//! `ExportOptions`, from `beta/schemas/ExportOptions.yaml`.

use crate::models::{
    ExportOptionsExcludeTypesInner, ExportOptionsIncludeTypesInner,
    ObjectExportImportOptions,
};

/// `ExportOptions` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportOptions {
    /// Object type names to be excluded from an sp-config export command.
    #[serde(rename = "excludeTypes", default, skip_serializing_if = "Option::is_none")]
    pub exclude_types: Option<Vec<ExportOptionsExcludeTypesInner>>,
    /// Object type names to be included in an sp-config export command. IncludeTypes takes precedence over excludeTypes.
    #[serde(rename = "includeTypes", default, skip_serializing_if = "Option::is_none")]
    pub include_types: Option<Vec<ExportOptionsIncludeTypesInner>>,
    /// Additional options targeting specific objects related to each item in the includeTypes field
    #[serde(rename = "objectOptions", default, skip_serializing_if = "Option::is_none")]
    pub object_options: Option<
        std::collections::BTreeMap<String, ObjectExportImportOptions>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ExportOptions {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExportOptions {
            exclude_types: None,
            include_types: None,
            object_options: None,
            additional_properties: Default::default(),
        }
    }
}
