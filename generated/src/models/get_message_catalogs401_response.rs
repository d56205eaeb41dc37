//! `GetMessageCatalogs401Response`, from `beta/paths/message-catalog.yaml#/get`.
/// `GetMessageCatalogs401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMessageCatalogs401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetMessageCatalogs401Response {
    /// A `GetMessageCatalogs401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetMessageCatalogs401Response {
            error: None,
        }
    }
}
