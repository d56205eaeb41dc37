//! `ServiceDeskSource`, from `v3/schemas/ServiceDeskSource.yaml`.

use crate::models::ServiceDeskSourceType;

/// Source for Service Desk integration template.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl ServiceDeskSource {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ServiceDeskSource {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
