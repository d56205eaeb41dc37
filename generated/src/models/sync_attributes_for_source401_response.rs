//! `SyncAttributesForSource401Response`, from `beta/paths/source-synchronize-attributes.yaml#/post`.
/// `SyncAttributesForSource401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SyncAttributesForSource401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl SyncAttributesForSource401Response {
    /// A `SyncAttributesForSource401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        SyncAttributesForSource401Response {
            error: None,
        }
    }
}
