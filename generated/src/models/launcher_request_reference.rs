//! `LauncherRequestReference`, from `beta/schemas/LauncherRequest.yaml#/properties/reference`.

use crate::models::LauncherRequestReferenceType;

/// `LauncherRequestReference` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LauncherRequestReference {
    /// Type of Launcher reference
    pub r#type: LauncherRequestReferenceType,
    /// ID of Launcher reference
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
}

impl LauncherRequestReference {
    /// Builds the value from its required fields.
    pub fn new(r#type: LauncherRequestReferenceType, id: impl Into<String>) -> Self {
        LauncherRequestReference {
            r#type,
            id: id.into(),
        }
    }
}
