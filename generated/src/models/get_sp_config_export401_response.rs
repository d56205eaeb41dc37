//! `GetSpConfigExport401Response`, from `beta/paths/sp-config-export-download.yaml#/get`.
/// `GetSpConfigExport401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSpConfigExport401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetSpConfigExport401Response {
    /// A `GetSpConfigExport401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetSpConfigExport401Response {
            error: None,
        }
    }
}
