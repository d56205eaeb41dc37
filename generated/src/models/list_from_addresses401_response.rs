//! `ListFromAddresses401Response`, from `beta/paths/verified-from-addresses.yaml#/get`.

/// `ListFromAddresses401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListFromAddresses401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListFromAddresses401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListFromAddresses401Response {
            error: None,
        }
    }
}
