//! `SpConfigImportResults`, from `beta/schemas/SpConfigImportResults.yaml`.

use crate::models::ObjectImportResult;

/// Response Body for Config Import command.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SpConfigImportResults {
    /// The results of an object configuration import job.
    #[serde(default)]
    pub results: std::collections::BTreeMap<String, ObjectImportResult>,
    /// If a backup was performed before the import, this will contain the jobId of the backup job. This id can be used to retrieve the json file of the backup export.
    #[serde(
        rename = "exportJobId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub export_job_id: Option<String>,
}

impl SpConfigImportResults {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(results: std::collections::BTreeMap<String, ObjectImportResult>) -> Self {
        SpConfigImportResults {
            results,
            export_job_id: None,
        }
    }
}
