//! `RoleInsightsResponse`, from `beta/schemas/RoleInsightsResponse.yaml`.

use crate::models::RoleInsightsResponseStatus;

/// `RoleInsightsResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleInsightsResponse {
    /// Request Id for a role insight generation request
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The date-time role insights request was created.
    #[serde(
        rename = "createdDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date-time role insights request was completed.
    #[serde(
        rename = "lastGenerated",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub last_generated: Option<chrono::DateTime<chrono::Utc>>,
    /// Total number of updates for this request. Starts with 0 and will have correct number when request is COMPLETED.
    #[serde(
        rename = "numberOfUpdates",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub number_of_updates: Option<i64>,
    /// The role IDs that are in this request.
    #[serde(rename = "roleIds", default, skip_serializing_if = "Option::is_none")]
    pub role_ids: Option<Vec<String>>,
    /// Request status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RoleInsightsResponseStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleInsightsResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleInsightsResponse {
            id: None,
            created_date: None,
            last_generated: None,
            number_of_updates: None,
            role_ids: None,
            status: None,
            additional_properties: Default::default(),
        }
    }
}
