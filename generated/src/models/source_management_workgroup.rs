//! `SourceManagementWorkgroup`, from `beta/schemas/Source.yaml#/properties/managementWorkgroup`.

use crate::models::SourceManagementWorkgroupType;

/// Reference to management workgroup for the source.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceManagementWorkgroup {
    /// Type of object being referenced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SourceManagementWorkgroupType>,
    /// Management workgroup ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Management workgroup's human-readable display name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceManagementWorkgroup {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceManagementWorkgroup {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
