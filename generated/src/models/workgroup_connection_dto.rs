//! `WorkgroupConnectionDto`, from `beta/schemas/workgroups/WorkgroupConnectionDto.yaml`.

use crate::models::{ConnectedObject, WorkgroupConnectionDtoConnectionType};

/// `WorkgroupConnectionDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkgroupConnectionDto {
    /// Connected object to Governance Group
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<ConnectedObject>,
    /// Connection Type.
    #[serde(rename = "connectionType", default, skip_serializing_if = "Option::is_none")]
    pub connection_type: Option<WorkgroupConnectionDtoConnectionType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkgroupConnectionDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkgroupConnectionDto {
            object: None,
            connection_type: None,
            additional_properties: Default::default(),
        }
    }
}
