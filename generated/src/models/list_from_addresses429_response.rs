//! `ListFromAddresses429Response`, from `beta/paths/verified-from-addresses.yaml#/get`.

/// `ListFromAddresses429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListFromAddresses429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListFromAddresses429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListFromAddresses429Response {
            message: None,
        }
    }
}
