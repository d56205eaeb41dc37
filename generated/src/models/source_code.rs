//! `SourceCode`, from `beta/schemas/SourceCode.yaml`.

/// SourceCode
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceCode {
    /// the version of the code
    #[serde(default)]
    pub version: String,
    /// The code
    #[serde(default)]
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
