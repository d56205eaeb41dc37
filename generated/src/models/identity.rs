//! `Identity`, from `beta/schemas/Identity.yaml`.

use crate::models::{
    IdentityIdentityStatus, IdentityManagerRef, IdentityProcessingState,
    LifecycleStateDto,
};

/// `Identity` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Identity {
    /// System-generated unique ID of the identity
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The identity's name is equivalent to its Display Name attribute.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Creation date of the identity
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the identity
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The identity's alternate unique identifier is equivalent to its Account Name on the authoritative source account schema.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub alias: Option<String>,
    /// The email address of the identity
    #[serde(
        rename = "emailAddress",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email_address: Option<String>,
    /// The processing state of the identity
    #[serde(
        rename = "processingState",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub processing_state: Option<IdentityProcessingState>,
    /// The identity's status in the system
    #[serde(rename = "identityStatus", default, skip_serializing_if = "Option::is_none")]
    pub identity_status: Option<IdentityIdentityStatus>,
    /// Identity's manager
    #[serde(rename = "managerRef", default, skip_serializing_if = "Option::is_none")]
    pub manager_ref: Option<IdentityManagerRef>,
    /// Whether this identity is a manager of another identity
    #[serde(
        rename = "isManager",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_manager: Option<bool>,
    /// The last time the identity was refreshed by the system
    #[serde(
        rename = "lastRefresh",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub last_refresh: Option<chrono::DateTime<chrono::Utc>>,
    /// A map with the identity attributes for the identity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(rename = "lifecycleState", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_state: Option<LifecycleStateDto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        Identity {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            alias: None,
            email_address: None,
            processing_state: None,
            identity_status: None,
            manager_ref: None,
            is_manager: None,
            last_refresh: None,
            attributes: None,
            lifecycle_state: None,
            additional_properties: Default::default(),
        }
    }
}
