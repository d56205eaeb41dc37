//! `Createoauthclientrequest`, from `apis/oauth-clients/schemas/createoauthclientrequest.yaml`.

use crate::models::{Accesstype, Clienttype, Granttype};

/// `Createoauthclientrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Createoauthclientrequest {
    /// The name of the business the API Client should belong to
    #[serde(rename = "businessName", skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
    /// The homepage URL associated with the owner of the API Client
    #[serde(rename = "homepageUrl", skip_serializing_if = "Option::is_none")]
    pub homepage_url: Option<String>,
    /// A human-readable name for the API Client
    pub name: Option<String>,
    /// A description of the API Client
    pub description: Option<String>,
    /// The number of seconds an access token generated for this API Client is valid for
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "accessTokenValiditySeconds")]
    pub access_token_validity_seconds: i32,
    /// The number of seconds a refresh token generated for this API Client is valid for
    #[serde(
        rename = "refreshTokenValiditySeconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub refresh_token_validity_seconds: Option<i32>,
    /// A list of the approved redirect URIs. Provide one or more URIs when assigning the AUTHORIZATION_CODE grant type to a new OAuth Client.
    #[serde(rename = "redirectUris", skip_serializing_if = "Option::is_none")]
    pub redirect_uris: Option<Vec<String>>,
    /// A list of OAuth 2.0 grant types this API Client can be used with
    #[serde(rename = "grantTypes")]
    pub grant_types: Option<Vec<Granttype>>,
    /// The access type (online or offline) of this API Client
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accessType", skip_serializing_if = "Option::is_none")]
    pub access_type: Option<Accesstype>,
    /// The type of the API Client (public or confidential)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Clienttype>,
    /// An indicator of whether the API Client can be used for requests internal within the product.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal: Option<bool>,
    /// An indicator of whether the API Client is enabled for use
    ///
    /// A server's absent or `null` member reads as `false`.
    pub enabled: bool,
    /// An indicator of whether the API Client supports strong authentication
    #[serde(rename = "strongAuthSupported", skip_serializing_if = "Option::is_none")]
    pub strong_auth_supported: Option<bool>,
    /// An indicator of whether the API Client supports the serialization of SAML claims when used with the authorization_code flow
    #[serde(rename = "claimsSupported", skip_serializing_if = "Option::is_none")]
    pub claims_supported: Option<bool>,
    /// Scopes of the API Client. If no scope is specified, the client will be created with the default scope "sp:scopes:all". This means the API Client will have all the rights of the owner who created it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Createoauthclientrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        access_token_validity_seconds: i32,
        access_type: Accesstype,
        enabled: bool,
    ) -> Self {
        Createoauthclientrequest {
            business_name: None,
            homepage_url: None,
            name: None,
            description: None,
            access_token_validity_seconds,
            refresh_token_validity_seconds: None,
            redirect_uris: None,
            grant_types: None,
            access_type: Some(access_type),
            r#type: None,
            internal: None,
            enabled,
            strong_auth_supported: None,
            claims_supported: None,
            scope: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Createoauthclientrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Createoauthclientrequest {
    const NAME: &'static str = "Createoauthclientrequest";

    #[inline]
    fn empty() -> Self {
        Createoauthclientrequest {
            business_name: None,
            homepage_url: None,
            name: None,
            description: None,
            access_token_validity_seconds: Default::default(),
            refresh_token_validity_seconds: None,
            redirect_uris: None,
            grant_types: None,
            access_type: None,
            r#type: None,
            internal: None,
            enabled: Default::default(),
            strong_auth_supported: None,
            claims_supported: None,
            scope: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "businessName" => {
                self.business_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "homepageUrl" => {
                self.homepage_url = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accessTokenValiditySeconds" => {
                self.access_token_validity_seconds = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "refreshTokenValiditySeconds" => {
                self.refresh_token_validity_seconds = map.next_value()?;
            }
            "redirectUris" => self.redirect_uris = map.next_value()?,
            "grantTypes" => self.grant_types = map.next_value()?,
            "accessType" => self.access_type = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "internal" => {
                self.internal = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::Flag)?,
            "strongAuthSupported" => {
                self.strong_auth_supported = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "claimsSupported" => {
                self.claims_supported = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "scope" => self.scope = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
