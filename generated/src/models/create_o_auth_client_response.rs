//! `CreateOAuthClientResponse`, from `beta/schemas/CreateOAuthClientResponse.yaml`.

use crate::models::{AccessType, ClientType, GrantType};

/// `CreateOAuthClientResponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateOAuthClientResponse {
    /// ID of the OAuth client
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Secret of the OAuth client (This field is only returned on the intial create call.)
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub secret: String,
    /// The name of the business the API Client should belong to
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "businessName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub business_name: String,
    /// The homepage URL associated with the owner of the API Client
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "homepageUrl",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub homepage_url: String,
    /// A human-readable name for the API Client
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// A description of the API Client
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// The number of seconds an access token generated for this API Client is valid for
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(
        rename = "accessTokenValiditySeconds",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub access_token_validity_seconds: i32,
    /// The number of seconds a refresh token generated for this API Client is valid for
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(
        rename = "refreshTokenValiditySeconds",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub refresh_token_validity_seconds: i32,
    /// A list of the approved redirect URIs used with the authorization_code flow
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "redirectUris",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub redirect_uris: Vec<String>,
    /// A list of OAuth 2.0 grant types this API Client can be used with
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "grantTypes",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub grant_types: Vec<GrantType>,
    /// The access type (online or offline) of this API Client
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accessType", default, skip_serializing_if = "Option::is_none")]
    pub access_type: Option<AccessType>,
    /// The type of the API Client (public or confidential)
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ClientType>,
    /// An indicator of whether the API Client can be used for requests internal to IDN
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub internal: bool,
    /// An indicator of whether the API Client is enabled for use
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub enabled: bool,
    /// An indicator of whether the API Client supports strong authentication
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(
        rename = "strongAuthSupported",
        default,
        deserialize_with = "crate::lenient::boolean"
    )]
    pub strong_auth_supported: bool,
    /// An indicator of whether the API Client supports the serialization of SAML claims when used with the authorization_code flow
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(
        rename = "claimsSupported",
        default,
        deserialize_with = "crate::lenient::boolean"
    )]
    pub claims_supported: bool,
    /// The date and time, down to the millisecond, when the API Client was created
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time, down to the millisecond, when the API Client was last updated
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Scopes of the API Client.
    #[serde(default)]
    pub scope: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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
            access_type: Some(access_type),
            r#type: Some(r#type),
            internal,
            enabled,
            strong_auth_supported,
            claims_supported,
            created: Some(created),
            modified: Some(modified),
            scope: None,
            additional_properties: Default::default(),
        }
    }
}
