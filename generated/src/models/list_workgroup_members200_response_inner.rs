//! `ListWorkgroupMembers200ResponseInner`, from `beta/paths/workgroups/workgroup-members.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::ListWorkgroupMembers200ResponseInnerType;

/// Identity of workgroup member.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListWorkgroupMembers200ResponseInner {
    /// Workgroup member identity DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ListWorkgroupMembers200ResponseInnerType>,
    /// Workgroup member identity ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Workgroup member identity display name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Workgroup member identity email.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ListWorkgroupMembers200ResponseInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListWorkgroupMembers200ResponseInner {
            r#type: None,
            id: None,
            name: None,
            email: None,
            additional_properties: Default::default(),
        }
    }
}
