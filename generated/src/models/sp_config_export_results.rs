//! `SpConfigExportResults`, from `beta/schemas/SpConfigExportResults.yaml`.

use crate::models::{ConfigObject, ExportOptions};

/// Response model for config export download response.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SpConfigExportResults {
    /// Current version of the export results object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Time the export was completed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub timestamp: Option<chrono::DateTime<chrono::Utc>>,
    /// Name of the tenant where this export originated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub tenant: Option<String>,
    /// Optional user defined description/name for export job.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Options used to create this export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<ExportOptions>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objects: Option<Vec<ConfigObject>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SpConfigExportResults {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SpConfigExportResults {
            version: None,
            timestamp: None,
            tenant: None,
            description: None,
            options: None,
            objects: None,
            additional_properties: Default::default(),
        }
    }
}
