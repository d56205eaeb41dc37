//! `Identity`, from `schemas/Identity.yaml`.

/// The top-level identity (`schemas/Identity.yaml`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Identity {
    /// Identity id.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Identity name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Identity attributes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

impl Identity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Identity {
            id: id.into(),
            name: name.into(),
            attributes: None,
        }
    }
}
