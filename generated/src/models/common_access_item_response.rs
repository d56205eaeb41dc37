//! `CommonAccessItemResponse`, from `beta/schemas/CommonAccessItemResponse.yaml`.

use crate::models::{CommonAccessItemAccess, CommonAccessItemState};

/// `CommonAccessItemResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CommonAccessItemResponse {
    /// Common Access Item ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<CommonAccessItemAccess>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CommonAccessItemState>,
    #[serde(
        rename = "lastUpdated",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub last_updated: Option<String>,
    #[serde(
        rename = "reviewedByUser",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub reviewed_by_user: Option<bool>,
    #[serde(
        rename = "lastReviewed",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub last_reviewed: Option<String>,
    #[serde(
        rename = "createdByUser",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub created_by_user: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CommonAccessItemResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CommonAccessItemResponse {
            id: None,
            access: None,
            status: None,
            last_updated: None,
            reviewed_by_user: None,
            last_reviewed: None,
            created_by_user: None,
            additional_properties: Default::default(),
        }
    }
}
