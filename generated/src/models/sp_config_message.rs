//! `SpConfigMessage`, from `beta/schemas/SpConfigMessage.yaml`.

/// Message model for Config Import/Export.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SpConfigMessage {
    /// Message key.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub key: String,
    /// Message text.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub text: String,
    /// Message details if any, in key:value pairs.
    ///
    /// The spec declares an object, but its example is not one, so any JSON value is read there.
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub details: std::collections::BTreeMap<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SpConfigMessage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        key: impl Into<String>,
        text: impl Into<String>,
        details: std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Self {
        SpConfigMessage {
            key: key.into(),
            text: text.into(),
            details,
            additional_properties: Default::default(),
        }
    }
}
