//! `SpConfigImportResults`, from `beta/schemas/SpConfigImportResults.yaml`.

use crate::models::ObjectImportResult;

/// Response Body for Config Import command.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SpConfigImportResults {
    /// The results of an object configuration import job.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub results: std::collections::BTreeMap<String, ObjectImportResult>,
    /// If a backup was performed before the import, this will contain the jobId of the backup job. This id can be used to retrieve the json file of the backup export.
    #[serde(
        rename = "exportJobId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub export_job_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SpConfigImportResults {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(results: std::collections::BTreeMap<String, ObjectImportResult>) -> Self {
        SpConfigImportResults {
            results,
            export_job_id: None,
            additional_properties: Default::default(),
        }
    }
}
