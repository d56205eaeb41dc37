//! `Createoauthclientresponse`, from `apis/oauth-clients/schemas/createoauthclientresponse.yaml`.

use crate::models::{Accesstype, Clienttype, Granttype};

/// `Createoauthclientresponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Createoauthclientresponse {
    /// ID of the OAuth client
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Secret of the OAuth client (This field is only returned on the intial create call.)
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub secret: String,
    /// The name of the business the API Client should belong to
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "businessName")]
    pub business_name: String,
    /// The homepage URL associated with the owner of the API Client
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "homepageUrl")]
    pub homepage_url: String,
    /// A human-readable name for the API Client
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// A description of the API Client
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// The number of seconds an access token generated for this API Client is valid for
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "accessTokenValiditySeconds")]
    pub access_token_validity_seconds: i32,
    /// The number of seconds a refresh token generated for this API Client is valid for
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "refreshTokenValiditySeconds")]
    pub refresh_token_validity_seconds: i32,
    /// A list of the approved redirect URIs used with the authorization_code flow
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "redirectUris")]
    pub redirect_uris: Vec<String>,
    /// A list of OAuth 2.0 grant types this API Client can be used with
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "grantTypes")]
    pub grant_types: Vec<Granttype>,
    /// The access type (online or offline) of this API Client
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accessType", skip_serializing_if = "Option::is_none")]
    pub access_type: Option<Accesstype>,
    /// The type of the API Client (public or confidential)
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Clienttype>,
    /// An indicator of whether the API Client can be used for requests internal to IDN
    ///
    /// A server's absent or `null` member reads as `false`.
    pub internal: bool,
    /// An indicator of whether the API Client is enabled for use
    ///
    /// A server's absent or `null` member reads as `false`.
    pub enabled: bool,
    /// An indicator of whether the API Client supports strong authentication
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "strongAuthSupported")]
    pub strong_auth_supported: bool,
    /// An indicator of whether the API Client supports the serialization of SAML claims when used with the authorization_code flow
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "claimsSupported")]
    pub claims_supported: bool,
    /// The date and time, down to the millisecond, when the API Client was created
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time, down to the millisecond, when the API Client was last updated
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Scopes of the API Client.
    pub scope: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Createoauthclientresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    #[inline]
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
        grant_types: Vec<Granttype>,
        access_type: Accesstype,
        r#type: Clienttype,
        internal: bool,
        enabled: bool,
        strong_auth_supported: bool,
        claims_supported: bool,
        created: chrono::DateTime<chrono::Utc>,
        modified: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Createoauthclientresponse {
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

impl<'de> serde::Deserialize<'de> for Createoauthclientresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Createoauthclientresponse {
    const NAME: &'static str = "Createoauthclientresponse";

    #[inline]
    fn empty() -> Self {
        Createoauthclientresponse {
            id: Default::default(),
            secret: Default::default(),
            business_name: Default::default(),
            homepage_url: Default::default(),
            name: Default::default(),
            description: Default::default(),
            access_token_validity_seconds: Default::default(),
            refresh_token_validity_seconds: Default::default(),
            redirect_uris: Default::default(),
            grant_types: Default::default(),
            access_type: None,
            r#type: None,
            internal: Default::default(),
            enabled: Default::default(),
            strong_auth_supported: Default::default(),
            claims_supported: Default::default(),
            created: None,
            modified: None,
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
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "secret" => self.secret = map.next_value_seed(crate::lenient::Text)?,
            "businessName" => {
                self.business_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "homepageUrl" => {
                self.homepage_url = map.next_value_seed(crate::lenient::Text)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "accessTokenValiditySeconds" => {
                self.access_token_validity_seconds = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "refreshTokenValiditySeconds" => {
                self.refresh_token_validity_seconds = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "redirectUris" => {
                self.redirect_uris = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "grantTypes" => {
                self.grant_types = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "accessType" => self.access_type = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "internal" => self.internal = map.next_value_seed(crate::lenient::Flag)?,
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::Flag)?,
            "strongAuthSupported" => {
                self.strong_auth_supported = map.next_value_seed(crate::lenient::Flag)?;
            }
            "claimsSupported" => {
                self.claims_supported = map.next_value_seed(crate::lenient::Flag)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "scope" => self.scope = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
