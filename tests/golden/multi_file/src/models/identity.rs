//! `Identity`, from `schemas/Identity.yaml`.

/// The top-level identity (`schemas/Identity.yaml`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Identity {
    /// Identity id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Identity name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Identity attributes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Identity {
            id: id.into(),
            name: name.into(),
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}
