//! `ObjectImportResult`, from `beta/schemas/ObjectImportResult.yaml`.

use crate::models::{ImportObject, SpConfigMessage};

/// Response model for import of a single object.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ObjectImportResult {
    /// Informational messages returned from the target service on import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub infos: Vec<SpConfigMessage>,
    /// Warning messages returned from the target service on import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub warnings: Vec<SpConfigMessage>,
    /// Error messages returned from the target service on import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub errors: Vec<SpConfigMessage>,
    /// References to objects that were created or updated by the import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "importedObjects",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub imported_objects: Vec<ImportObject>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ObjectImportResult {
    /// Builds the value from its required fields; the optional ones start empty.
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
            additional_properties: Default::default(),
        }
    }
}
