//! `BulkWorkgroupMembersRequestInner`, from `beta/schemas/workgroups/BulkWorkgroupMembersRequest.yaml#/items`.

use crate::models::BulkWorkgroupMembersRequestInnerType;

/// Identity's basic details.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BulkWorkgroupMembersRequestInner {
    /// Identity's DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<BulkWorkgroupMembersRequestInnerType>,
    /// Identity ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Identity's display name.
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

impl BulkWorkgroupMembersRequestInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        BulkWorkgroupMembersRequestInner {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
