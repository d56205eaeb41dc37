//! `Httpconfig`, from `apis/triggers/schemas/httpconfig.yaml`.

use crate::models::{
    Basicauthconfig, Bearertokenauthconfig, Httpauthenticationtype, Httpdispatchmode,
};

/// `Httpconfig` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Httpconfig {
    /// URL of the external/custom integration.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub url: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "httpDispatchMode", skip_serializing_if = "Option::is_none")]
    pub http_dispatch_mode: Option<Httpdispatchmode>,
    #[serde(rename = "httpAuthenticationType", skip_serializing_if = "Option::is_none")]
    pub http_authentication_type: Option<Httpauthenticationtype>,
    #[serde(rename = "basicAuthConfig", skip_serializing_if = "Option::is_none")]
    pub basic_auth_config: Option<Basicauthconfig>,
    #[serde(rename = "bearerTokenAuthConfig", skip_serializing_if = "Option::is_none")]
    pub bearer_token_auth_config: Option<Bearertokenauthconfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Httpconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(url: impl Into<String>, http_dispatch_mode: Httpdispatchmode) -> Self {
        Httpconfig {
            url: url.into(),
            http_dispatch_mode: Some(http_dispatch_mode),
            http_authentication_type: None,
            basic_auth_config: None,
            bearer_token_auth_config: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Httpconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Httpconfig {
    const NAME: &'static str = "Httpconfig";

    #[inline]
    fn empty() -> Self {
        Httpconfig {
            url: Default::default(),
            http_dispatch_mode: None,
            http_authentication_type: None,
            basic_auth_config: None,
            bearer_token_auth_config: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "url" => self.url = map.next_value_seed(crate::lenient::Text)?,
            "httpDispatchMode" => self.http_dispatch_mode = map.next_value()?,
            "httpAuthenticationType" => self.http_authentication_type = map.next_value()?,
            "basicAuthConfig" => self.basic_auth_config = map.next_value()?,
            "bearerTokenAuthConfig" => self.bearer_token_auth_config = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
