//! `UserApp`, from `beta/schemas/app/UserApp.yaml`.

use crate::models::{UserAppAccount, UserAppOwner, UserAppSource, UserAppSourceApp};

/// `UserApp` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserApp {
    /// The user app id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Time when the user app was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when the user app was last modified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// True if the owner has multiple accounts for the source
    #[serde(
        rename = "hasMultipleAccounts",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub has_multiple_accounts: Option<bool>,
    /// True if the source has password feature
    #[serde(
        rename = "useForPasswordManagement",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub use_for_password_management: Option<bool>,
    /// True if the app allows access request
    #[serde(
        rename = "provisionRequestEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub provision_request_enabled: Option<bool>,
    /// True if the app is visible in the request center
    #[serde(
        rename = "appCenterEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub app_center_enabled: Option<bool>,
    #[serde(rename = "sourceApp", default, skip_serializing_if = "Option::is_none")]
    pub source_app: Option<UserAppSourceApp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<UserAppSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<UserAppAccount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<UserAppOwner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UserApp {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UserApp {
            id: None,
            created: None,
            modified: None,
            has_multiple_accounts: None,
            use_for_password_management: None,
            provision_request_enabled: None,
            app_center_enabled: None,
            source_app: None,
            source: None,
            account: None,
            owner: None,
            additional_properties: Default::default(),
        }
    }
}
