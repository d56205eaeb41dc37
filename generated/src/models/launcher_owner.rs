//! `LauncherOwner`, from `beta/schemas/Launcher.yaml#/properties/owner`.

/// Owner of the Launcher
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LauncherOwner {
    /// Owner type
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// Owner ID
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
}

impl LauncherOwner {
    /// Builds the value from its required fields.
    pub fn new(r#type: impl Into<String>, id: impl Into<String>) -> Self {
        LauncherOwner {
            r#type: r#type.into(),
            id: id.into(),
        }
    }
}
