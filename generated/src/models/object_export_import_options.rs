//! `ObjectExportImportOptions`, from `beta/schemas/ObjectExportImportOptions.yaml`.

/// `ObjectExportImportOptions` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ObjectExportImportOptions {
    /// Object ids to be included in an import or export.
    #[serde(rename = "includedIds", default, skip_serializing_if = "Option::is_none")]
    pub included_ids: Option<Vec<String>>,
    /// Object names to be included in an import or export.
    #[serde(rename = "includedNames", default, skip_serializing_if = "Option::is_none")]
    pub included_names: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ObjectExportImportOptions {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ObjectExportImportOptions {
            included_ids: None,
            included_names: None,
            additional_properties: Default::default(),
        }
    }
}
