//! `ExportPayload`, from `beta/schemas/ExportPayload.yaml`.

use crate::models::{
    ExportOptionsExcludeTypesInner, ExportOptionsIncludeTypesInner,
    ObjectExportImportOptions,
};

/// `ExportPayload` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExportPayload {
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
    /// Optional user defined description/name for export job.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ExportPayload {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExportPayload {
            exclude_types: None,
            include_types: None,
            object_options: None,
            description: None,
            additional_properties: Default::default(),
        }
    }
}
