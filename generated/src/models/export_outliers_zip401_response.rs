//! `ExportOutliersZip401Response`, from `beta/paths/outliers-export.yaml#/get`.

/// `ExportOutliersZip401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportOutliersZip401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ExportOutliersZip401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ExportOutliersZip401Response {
            error: None,
        }
    }
}
