//! `AuthProfile`, from `beta/schemas/AuthProfile.yaml`.

use crate::models::AuthProfileType;

/// `AuthProfile` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AuthProfile {
    /// Authentication Profile name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Use it to block access from off network.
    #[serde(
        rename = "offNetwork",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub off_network: Option<bool>,
    /// Use it to block access from untrusted geoographies.
    #[serde(
        rename = "untrustedGeography",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub untrusted_geography: Option<bool>,
    /// Application ID.
    #[serde(
        rename = "applicationId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub application_id: Option<String>,
    /// Application name.
    #[serde(
        rename = "applicationName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub application_name: Option<String>,
    /// Type of the Authentication Profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AuthProfileType>,
    /// Use it to enable strong authentication.
    #[serde(
        rename = "strongAuthLogin",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub strong_auth_login: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AuthProfile {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AuthProfile {
            name: None,
            off_network: None,
            untrusted_geography: None,
            application_id: None,
            application_name: None,
            r#type: None,
            strong_auth_login: None,
            additional_properties: Default::default(),
        }
    }
}
