//! `GetOAuthClientResponse`, from `beta/schemas/GetOAuthClientResponse.yaml`.

use crate::models::{AccessType, ClientType, GrantType};

/// `GetOAuthClientResponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetOAuthClientResponse {
    /// ID of the OAuth client
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The name of the business the API Client should belong to
    #[serde(
        rename = "businessName",
        default,
        deserialize_with = "crate::lenient::string_option"
    )]
    pub business_name: Option<String>,
    /// The homepage URL associated with the owner of the API Client
    #[serde(
        rename = "homepageUrl",
        default,
        deserialize_with = "crate::lenient::string_option"
    )]
    pub homepage_url: Option<String>,
    /// A human-readable name for the API Client
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// A description of the API Client
    #[serde(default, deserialize_with = "crate::lenient::string_option")]
    pub description: Option<String>,
    /// The number of seconds an access token generated for this API Client is valid for
    #[serde(rename = "accessTokenValiditySeconds", default)]
    pub access_token_validity_seconds: i32,
    /// The number of seconds a refresh token generated for this API Client is valid for
    #[serde(rename = "refreshTokenValiditySeconds", default)]
    pub refresh_token_validity_seconds: i32,
    /// A list of the approved redirect URIs used with the authorization_code flow
    #[serde(rename = "redirectUris", default)]
    pub redirect_uris: Option<Vec<String>>,
    /// A list of OAuth 2.0 grant types this API Client can be used with
    #[serde(rename = "grantTypes", default)]
    pub grant_types: Vec<GrantType>,
    /// The access type (online or offline) of this API Client
    #[serde(rename = "accessType")]
    pub access_type: AccessType,
    /// The type of the API Client (public or confidential)
    pub r#type: ClientType,
    /// An indicator of whether the API Client can be used for requests internal to IDN
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub internal: bool,
    /// An indicator of whether the API Client is enabled for use
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub enabled: bool,
    /// An indicator of whether the API Client supports strong authentication
    #[serde(
        rename = "strongAuthSupported",
        default,
        deserialize_with = "crate::lenient::boolean"
    )]
    pub strong_auth_supported: bool,
    /// An indicator of whether the API Client supports the serialization of SAML claims when used with the authorization_code flow
    #[serde(
        rename = "claimsSupported",
        default,
        deserialize_with = "crate::lenient::boolean"
    )]
    pub claims_supported: bool,
    /// The date and time, down to the millisecond, when the API Client was created
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub created: chrono::DateTime<chrono::Utc>,
    /// The date and time, down to the millisecond, when the API Client was last updated
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub modified: chrono::DateTime<chrono::Utc>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub secret: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub metadata: Option<String>,
    /// The date and time, down to the millisecond, when this API Client was last used to generate an access token. This timestamp does not get updated on every API Client usage, but only once a day. This property can be useful for identifying which API Clients are no longer actively used and can be removed.
    #[serde(
        rename = "lastUsed",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub last_used: Option<chrono::DateTime<chrono::Utc>>,
    /// Scopes of the API Client.
    #[serde(default)]
    pub scope: Option<Vec<String>>,
}

impl GetOAuthClientResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        access_token_validity_seconds: i32,
        refresh_token_validity_seconds: i32,
        grant_types: Vec<GrantType>,
        access_type: AccessType,
        r#type: ClientType,
        internal: bool,
        enabled: bool,
        strong_auth_supported: bool,
        claims_supported: bool,
        created: chrono::DateTime<chrono::Utc>,
        modified: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        GetOAuthClientResponse {
            id: id.into(),
            business_name: None,
            homepage_url: None,
            name: name.into(),
            description: None,
            access_token_validity_seconds,
            refresh_token_validity_seconds,
            redirect_uris: None,
            grant_types,
            access_type,
            r#type,
            internal,
            enabled,
            strong_auth_supported,
            claims_supported,
            created,
            modified,
            secret: None,
            metadata: None,
            last_used: None,
            scope: None,
        }
    }
}
