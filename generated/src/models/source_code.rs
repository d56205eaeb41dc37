//! `SourceCode`, from `beta/schemas/SourceCode.yaml`.

/// SourceCode
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceCode {
    /// the version of the code
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub version: String,
    /// The code
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub script: String,
}

impl SourceCode {
    /// Builds the value from its required fields.
    pub fn new(version: impl Into<String>, script: impl Into<String>) -> Self {
        SourceCode {
            version: version.into(),
            script: script.into(),
        }
    }
}
