//! `ObjectImportResult`, from `beta/schemas/ObjectImportResult.yaml`.

use crate::models::{ImportObject, SpConfigMessage};

/// Response model for import of a single object.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectImportResult {
    /// Informational messages returned from the target service on import.
    #[serde(default)]
    pub infos: Vec<SpConfigMessage>,
    /// Warning messages returned from the target service on import.
    #[serde(default)]
    pub warnings: Vec<SpConfigMessage>,
    /// Error messages returned from the target service on import.
    #[serde(default)]
    pub errors: Vec<SpConfigMessage>,
    /// References to objects that were created or updated by the import.
    #[serde(rename = "importedObjects", default)]
    pub imported_objects: Vec<ImportObject>,
}

impl ObjectImportResult {
    /// Builds the value from its required fields.
    pub fn new(
        infos: Vec<SpConfigMessage>,
        warnings: Vec<SpConfigMessage>,
        errors: Vec<SpConfigMessage>,
        imported_objects: Vec<ImportObject>,
    ) -> Self {
        ObjectImportResult {
            infos,
            warnings,
            errors,
            imported_objects,
        }
    }
}
