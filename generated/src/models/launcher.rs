//! `Launcher`, from `beta/schemas/Launcher.yaml`.

use crate::models::{LauncherOwner, LauncherReference, LauncherType};

/// `Launcher` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Launcher {
    /// ID of the Launcher
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Date the Launcher was created
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date the Launcher was last modified
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Owner of the Launcher
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<LauncherOwner>,
    /// Name of the Launcher, limited to 255 characters
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Description of the Launcher, limited to 2000 characters
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// Launcher type
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<LauncherType>,
    /// State of the Launcher
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub disabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<LauncherReference>,
    /// JSON configuration associated with this Launcher, restricted to a max size of 4KB
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
            created: Some(created),
            modified: Some(modified),
            owner: Some(owner),
            name: name.into(),
            description: description.into(),
            r#type: Some(r#type),
            disabled,
            reference: None,
            config: config.into(),
            additional_properties: Default::default(),
        }
    }
}
