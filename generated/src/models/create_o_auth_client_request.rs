//! `CreateOAuthClientRequest`, from `beta/schemas/CreateOAuthClientRequest.yaml`.

use crate::models::{AccessType, ClientType, GrantType};

/// `CreateOAuthClientRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateOAuthClientRequest {
    /// The name of the business the API Client should belong to
    #[serde(
        rename = "businessName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub business_name: Option<String>,
    /// The homepage URL associated with the owner of the API Client
    #[serde(
        rename = "homepageUrl",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub homepage_url: Option<String>,
    /// A human-readable name for the API Client
    #[serde(default, deserialize_with = "crate::lenient::string_option")]
    pub name: Option<String>,
    /// A description of the API Client
    #[serde(default, deserialize_with = "crate::lenient::string_option")]
    pub description: Option<String>,
    /// The number of seconds an access token generated for this API Client is valid for
    #[serde(rename = "accessTokenValiditySeconds", default)]
    pub access_token_validity_seconds: i32,
    /// The number of seconds a refresh token generated for this API Client is valid for
    #[serde(
        rename = "refreshTokenValiditySeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub refresh_token_validity_seconds: Option<i32>,
    /// A list of the approved redirect URIs. Provide one or more URIs when assigning the AUTHORIZATION_CODE grant type to a new OAuth Client.
    #[serde(rename = "redirectUris", default, skip_serializing_if = "Option::is_none")]
    pub redirect_uris: Option<Vec<String>>,
    /// A list of OAuth 2.0 grant types this API Client can be used with
    #[serde(rename = "grantTypes", default)]
    pub grant_types: Option<Vec<GrantType>>,
    /// The access type (online or offline) of this API Client
    #[serde(rename = "accessType")]
    pub access_type: AccessType,
    /// The type of the API Client (public or confidential)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ClientType>,
    /// An indicator of whether the API Client can be used for requests internal within the product.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub internal: Option<bool>,
    /// An indicator of whether the API Client is enabled for use
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub enabled: bool,
    /// An indicator of whether the API Client supports strong authentication
    #[serde(
        rename = "strongAuthSupported",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub strong_auth_supported: Option<bool>,
    /// An indicator of whether the API Client supports the serialization of SAML claims when used with the authorization_code flow
    #[serde(
        rename = "claimsSupported",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub claims_supported: Option<bool>,
    /// Scopes of the API Client. If no scope is specified, the client will be created with the default scope "sp:scopes:all". This means the API Client will have all the rights of the owner who created it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<String>>,
}

impl CreateOAuthClientRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        access_token_validity_seconds: i32,
        access_type: AccessType,
        enabled: bool,
    ) -> Self {
        CreateOAuthClientRequest {
            business_name: None,
            homepage_url: None,
            name: None,
            description: None,
            access_token_validity_seconds,
            refresh_token_validity_seconds: None,
            redirect_uris: None,
            grant_types: None,
            access_type,
            r#type: None,
            internal: None,
            enabled,
            strong_auth_supported: None,
            claims_supported: None,
            scope: None,
        }
    }
}
