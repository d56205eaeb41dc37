//! `SourceAppPatchDto`, from `beta/schemas/app/SourceAppPatchDto.yaml`.

use crate::models::{SourceAppPatchDtoAccountSource, V3BaseReferenceDto};

/// `SourceAppPatchDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAppPatchDto {
    /// The source app id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The deprecated source app id
    #[serde(
        rename = "cloudAppId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub cloud_app_id: Option<String>,
    /// The source app name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Time when the source app was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when the source app was last modified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// True if the source app is enabled
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub enabled: Option<bool>,
    /// True if the app allows access request
    #[serde(
        rename = "provisionRequestEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub provision_request_enabled: Option<bool>,
    /// The description of the source app
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// True if the source app match all accounts
    #[serde(
        rename = "matchAllAccounts",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub match_all_accounts: Option<bool>,
    /// True if the app is visible in the request center
    #[serde(
        rename = "appCenterEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub app_center_enabled: Option<bool>,
    /// List of IDs of access profiles
    #[serde(rename = "accessProfiles", default, skip_serializing_if = "Option::is_none")]
    pub access_profiles: Option<Vec<String>>,
    #[serde(rename = "accountSource", default, skip_serializing_if = "Option::is_none")]
    pub account_source: Option<SourceAppPatchDtoAccountSource>,
    /// The owner of source app
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<V3BaseReferenceDto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceAppPatchDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceAppPatchDto {
            id: None,
            cloud_app_id: None,
            name: None,
            created: None,
            modified: None,
            enabled: None,
            provision_request_enabled: None,
            description: None,
            match_all_accounts: None,
            app_center_enabled: None,
            access_profiles: None,
            account_source: None,
            owner: None,
            additional_properties: Default::default(),
        }
    }
}
