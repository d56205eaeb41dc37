//! `LifecycleState`, from `beta/schemas/LifecycleState.yaml`.

use crate::models::{AccountAction, EmailNotificationOption};

/// `LifecycleState` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LifecycleState {
    /// Lifecycle state ID.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Lifecycle state name.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Lifecycle state technical name. This is for internal use.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "technicalName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub technical_name: Option<String>,
    /// Lifecycle state description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Lifecycle state created date.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Lifecycle state modified date.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Indicates whether the lifecycle state is enabled or disabled.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub enabled: Option<bool>,
    /// Number of identities that have the lifecycle state.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "identityCount", default, skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    #[serde(
        rename = "emailNotificationOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_notification_option: Option<EmailNotificationOption>,
    #[serde(rename = "accountActions", default, skip_serializing_if = "Option::is_none")]
    pub account_actions: Option<Vec<AccountAction>>,
    /// List of access-profile IDs that are associated with the lifecycle state.
    #[serde(
        rename = "accessProfileIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_profile_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecycleState {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LifecycleState {
            id: None,
            name: None,
            technical_name: None,
            description: None,
            created: None,
            modified: None,
            enabled: None,
            identity_count: None,
            email_notification_option: None,
            account_actions: None,
            access_profile_ids: None,
            additional_properties: Default::default(),
        }
    }
}
