//! `ServiceDeskSource`, from `v3/schemas/ServiceDeskSource.yaml`.

use crate::models::ServiceDeskSourceType;

/// Source for Service Desk integration template.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceDeskSource {
    /// DTO type of source for service desk integration template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ServiceDeskSourceType>,
    /// ID of source for service desk integration template.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable name of source for service desk integration template.
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

impl ServiceDeskSource {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ServiceDeskSource {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
