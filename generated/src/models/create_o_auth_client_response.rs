//! `CreateOAuthClientResponse`, from `beta/schemas/CreateOAuthClientResponse.yaml`.

use crate::models::{AccessType, ClientType, GrantType};

/// `CreateOAuthClientResponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateOAuthClientResponse {
    /// ID of the OAuth client
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Secret of the OAuth client (This field is only returned on the intial create call.)
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub secret: String,
    /// The name of the business the API Client should belong to
    #[serde(
        rename = "businessName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub business_name: String,
    /// The homepage URL associated with the owner of the API Client
    #[serde(
        rename = "homepageUrl",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub homepage_url: String,
    /// A human-readable name for the API Client
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// A description of the API Client
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// The number of seconds an access token generated for this API Client is valid for
    #[serde(rename = "accessTokenValiditySeconds", default)]
    pub access_token_validity_seconds: i32,
    /// The number of seconds a refresh token generated for this API Client is valid for
    #[serde(rename = "refreshTokenValiditySeconds", default)]
    pub refresh_token_validity_seconds: i32,
    /// A list of the approved redirect URIs used with the authorization_code flow
    #[serde(rename = "redirectUris", default)]
    pub redirect_uris: Vec<String>,
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
    /// Scopes of the API Client.
    #[serde(default)]
    pub scope: Option<Vec<String>>,
}

impl CreateOAuthClientResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        secret: impl Into<String>,
        business_name: impl Into<String>,
        homepage_url: impl Into<String>,
        name: impl Into<String>,
        description: impl Into<String>,
        access_token_validity_seconds: i32,
        refresh_token_validity_seconds: i32,
        redirect_uris: Vec<String>,
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
        CreateOAuthClientResponse {
            id: id.into(),
            secret: secret.into(),
            business_name: business_name.into(),
            homepage_url: homepage_url.into(),
            name: name.into(),
            description: description.into(),
            access_token_validity_seconds,
            refresh_token_validity_seconds,
            redirect_uris,
            grant_types,
            access_type,
            r#type,
            internal,
            enabled,
            strong_auth_supported,
            claims_supported,
            created,
            modified,
            scope: None,
        }
    }
}
