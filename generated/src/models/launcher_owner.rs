//! `LauncherOwner`, from `beta/schemas/Launcher.yaml#/properties/owner`.

/// Owner of the Launcher
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LauncherOwner {
    /// Owner type
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// Owner ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LauncherOwner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: impl Into<String>, id: impl Into<String>) -> Self {
        LauncherOwner {
            r#type: r#type.into(),
            id: id.into(),
            additional_properties: Default::default(),
        }
    }
}
