//! `AccessItemRef`, from `beta/schemas/AccessItemRef.yaml`.

use crate::models::AccessItemRefType;

/// `AccessItemRef` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessItemRef {
    /// ID of the access item to retrieve the recommendation for.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Access item's type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessItemRefType>,
}

impl AccessItemRef {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessItemRef {
            id: None,
            r#type: None,
        }
    }
}
