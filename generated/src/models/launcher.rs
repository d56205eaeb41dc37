//! `Launcher`, from `beta/schemas/Launcher.yaml`.

use crate::models::{LauncherOwner, LauncherReference, LauncherType};

/// `Launcher` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Launcher {
    /// ID of the Launcher
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Date the Launcher was created
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub created: chrono::DateTime<chrono::Utc>,
    /// Date the Launcher was last modified
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub modified: chrono::DateTime<chrono::Utc>,
    /// Owner of the Launcher
    pub owner: LauncherOwner,
    /// Name of the Launcher, limited to 255 characters
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Description of the Launcher, limited to 2000 characters
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// Launcher type
    pub r#type: LauncherType,
    /// State of the Launcher
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<LauncherReference>,
    /// JSON configuration associated with this Launcher, restricted to a max size of 4KB
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub config: String,
}

impl Launcher {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
        modified: chrono::DateTime<chrono::Utc>,
        owner: LauncherOwner,
        name: impl Into<String>,
        description: impl Into<String>,
        r#type: LauncherType,
        disabled: bool,
        config: impl Into<String>,
    ) -> Self {
        Launcher {
            id: id.into(),
            created,
            modified,
            owner,
            name: name.into(),
            description: description.into(),
            r#type,
            disabled,
            reference: None,
            config: config.into(),
        }
    }
}
