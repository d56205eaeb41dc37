//! `Launcher`, from `openapi.yaml#/components/schemas/Launcher`.

/// A launcher.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Launcher {
    /// JSON text that must be `{}`.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub config: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Launcher {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(config: impl Into<String>) -> Self {
        Launcher {
            config: config.into(),
            additional_properties: Default::default(),
        }
    }
}
