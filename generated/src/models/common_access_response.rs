//! `CommonAccessResponse`, from `beta/schemas/CommonAccessResponse.yaml`.

use crate::models::CommonAccessItemAccess;

/// `CommonAccessResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CommonAccessResponse {
    /// Unique ID of the common access item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// common access item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<CommonAccessItemAccess>,
    /// CONFIRMED or DENIED
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub status: Option<String>,
    #[serde(
        rename = "commonAccessType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub common_access_type: Option<String>,
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "lastUpdated",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub last_updated: Option<chrono::DateTime<chrono::Utc>>,
    /// true if user has confirmed or denied status
    #[serde(
        rename = "reviewedByUser",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub reviewed_by_user: Option<bool>,
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "lastReviewed",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub last_reviewed: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(
        rename = "createdByUser",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub created_by_user: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CommonAccessResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CommonAccessResponse {
            id: None,
            access: None,
            status: None,
            common_access_type: None,
            last_updated: None,
            reviewed_by_user: None,
            last_reviewed: None,
            created_by_user: None,
            additional_properties: Default::default(),
        }
    }
}
