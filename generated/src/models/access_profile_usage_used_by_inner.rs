//! `AccessProfileUsageUsedByInner`, from `v3/schemas/access/AccessProfileUsage.yaml#/properties/usedBy/items`.

use crate::models::AccessProfileUsageUsedByInnerType;

/// Role using the access profile.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessProfileUsageUsedByInner {
    /// DTO type of role using the access profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessProfileUsageUsedByInnerType>,
    /// ID of role using the access profile.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Display name of role using the access profile.
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

impl AccessProfileUsageUsedByInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessProfileUsageUsedByInner {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
