//! `ConfigType`, from `beta/schemas/work-reassignment/ConfigType.yaml`.

use crate::models::{ConfigTypeEnum, ConfigTypeEnumCamel};

/// Type of Reassignment Configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigType {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    #[serde(rename = "internalName", default, skip_serializing_if = "Option::is_none")]
    pub internal_name: Option<ConfigTypeEnumCamel>,
    #[serde(
        rename = "internalNameCamel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub internal_name_camel: Option<ConfigTypeEnum>,
    /// Human readable display name of the type to be shown on UI
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// Description of the type of work to be reassigned, displayed by the UI.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConfigType {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ConfigType {
            priority: None,
            internal_name: None,
            internal_name_camel: None,
            display_name: None,
            description: None,
            additional_properties: Default::default(),
        }
    }
}
