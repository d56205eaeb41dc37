//! `VaClusterStatusChangeEventApplication`, from `beta/schemas/trigger/example-input/VAClusterStatusChangeEvent.yaml#/properties/application`.

/// Details about the `CLUSTER` or `SOURCE` that initiated the event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VaClusterStatusChangeEventApplication {
    /// Application's globally unique identifier (GUID).
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Application name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Custom map of attributes for a source. Attributes only populate if the type is `SOURCE` and the source has a proxy.
    #[serde(default)]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl VaClusterStatusChangeEventApplication {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        VaClusterStatusChangeEventApplication {
            id: id.into(),
            name: name.into(),
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}
