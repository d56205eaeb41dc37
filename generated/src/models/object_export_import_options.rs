//! `ObjectExportImportOptions`, from `beta/schemas/ObjectExportImportOptions.yaml`.

/// `ObjectExportImportOptions` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectExportImportOptions {
    /// Object ids to be included in an import or export.
    #[serde(rename = "includedIds", default, skip_serializing_if = "Option::is_none")]
    pub included_ids: Option<Vec<String>>,
    /// Object names to be included in an import or export.
    #[serde(rename = "includedNames", default, skip_serializing_if = "Option::is_none")]
    pub included_names: Option<Vec<String>>,
}

impl ObjectExportImportOptions {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ObjectExportImportOptions {
            included_ids: None,
            included_names: None,
        }
    }
}
