//! `LauncherReference`, from `beta/schemas/Launcher.yaml#/properties/reference`.

use crate::models::LauncherReferenceType;

/// `LauncherReference` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LauncherReference {
    /// Type of Launcher reference
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<LauncherReferenceType>,
    /// ID of Launcher reference
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
}

impl LauncherReference {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LauncherReference {
            r#type: None,
            id: None,
        }
    }
}
