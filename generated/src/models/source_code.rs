//! `SourceCode`, from `beta/schemas/SourceCode.yaml`.

/// SourceCode
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceCode {
    /// the version of the code
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub version: String,
    /// The code
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub script: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceCode {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(version: impl Into<String>, script: impl Into<String>) -> Self {
        SourceCode {
            version: version.into(),
            script: script.into(),
            additional_properties: Default::default(),
        }
    }
}
