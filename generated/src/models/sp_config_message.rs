//! `SpConfigMessage`, from `beta/schemas/SpConfigMessage.yaml`.

/// Message model for Config Import/Export.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SpConfigMessage {
    /// Message key.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub key: String,
    /// Message text.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub text: String,
    /// Message details if any, in key:value pairs.
    ///
    /// The spec declares an object, but its example is not one, so any JSON value is read there.
    #[serde(default)]
    pub details: std::collections::BTreeMap<String, serde_json::Value>,
}

impl SpConfigMessage {
    /// Builds the value from its required fields.
    pub fn new(
        key: impl Into<String>,
        text: impl Into<String>,
        details: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        SpConfigMessage {
            key: key.into(),
            text: text.into(),
            details,
        }
    }
}
