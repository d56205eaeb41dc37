//! `V3IdentityProfile`, from `v3/schemas/IdentityProfile.yaml`.

use crate::models::{
    V3IdentityAttributeConfig, V3IdentityExceptionReportReference,
    V3IdentityProfileAuthoritativeSource, V3IdentityProfileOwner,
};

/// `V3IdentityProfile` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3IdentityProfile {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the Object
    #[serde(default, deserialize_with = "crate::lenient::string_option")]
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Identity profile's description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Identity profile's owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<V3IdentityProfileOwner>,
    /// Identity profile's priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        rename = "authoritativeSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authoritative_source: Option<V3IdentityProfileAuthoritativeSource>,
    /// Set this value to 'True' if an identity refresh is necessary. You would typically want to trigger an identity refresh when a change has been made on the source.
    #[serde(
        rename = "identityRefreshRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub identity_refresh_required: Option<bool>,
    /// Number of identities belonging to the identity profile.
    #[serde(rename = "identityCount", default, skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    #[serde(
        rename = "identityAttributeConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identity_attribute_config: Option<V3IdentityAttributeConfig>,
    #[serde(
        rename = "identityExceptionReportReference",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identity_exception_report_reference: Option<V3IdentityExceptionReportReference>,
    /// Indicates the value of `requiresPeriodicRefresh` attribute for the identity profile.
    #[serde(
        rename = "hasTimeBasedAttr",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub has_time_based_attr: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3IdentityProfile {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(authoritative_source: V3IdentityProfileAuthoritativeSource) -> Self {
        V3IdentityProfile {
            id: None,
            name: None,
            created: None,
            modified: None,
            description: None,
            owner: None,
            priority: None,
            authoritative_source: Some(authoritative_source),
            identity_refresh_required: None,
            identity_count: None,
            identity_attribute_config: None,
            identity_exception_report_reference: None,
            has_time_based_attr: None,
            additional_properties: Default::default(),
        }
    }
}
