//! `Launcher`, from `openapi.yaml#/components/schemas/Launcher`.

/// A launcher.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Launcher {
    /// JSON text that must be `{}`.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub config: String,
}

impl Launcher {
    /// Builds the value from its required fields.
    pub fn new(config: impl Into<String>) -> Self {
        Launcher { config: config.into() }
    }
}
