//! `WorkgroupDto`, from `beta/schemas/workgroups/WorkgroupDto.yaml`.

use crate::models::WorkgroupDtoOwner;

/// `WorkgroupDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkgroupDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<WorkgroupDtoOwner>,
    /// Governance group ID.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Governance group name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Governance group description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Number of members in the governance group.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "memberCount", default, skip_serializing_if = "Option::is_none")]
    pub member_count: Option<i64>,
    /// Number of connections in the governance group.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "connectionCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_count: Option<i64>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkgroupDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkgroupDto {
            owner: None,
            id: None,
            name: None,
            description: None,
            member_count: None,
            connection_count: None,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}
