//! `Transmittermetadata`, from `apis/shared-signals-framework-ssf/schemas/transmittermetadata.yaml`.

use crate::models::Authorizationscheme;

/// SSF transmitter discovery metadata per the SSF specification.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Transmittermetadata {
    /// Version of the SSF specification supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec_version: Option<String>,
    /// Base URL of the transmitter (issuer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// URL of the transmitter's JSON Web Key Set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jwks_uri: Option<String>,
    /// Supported delivery methods (e.g. push URN).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery_methods_supported: Option<Vec<String>>,
    /// Endpoint for stream configuration (create, read, update, replace, delete).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configuration_endpoint: Option<String>,
    /// Endpoint for reading and updating stream status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_endpoint: Option<String>,
    /// Endpoint for receiver verification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_endpoint: Option<String>,
    /// Supported authorization schemes (e.g. OAuth2, Bearer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization_schemes: Option<Vec<Authorizationscheme>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Transmittermetadata {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Transmittermetadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Transmittermetadata {
    const NAME: &'static str = "Transmittermetadata";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "spec_version" => {
                self.spec_version = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "issuer" => self.issuer = map.next_value_seed(crate::lenient::TextOption)?,
            "jwks_uri" => {
                self.jwks_uri = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "delivery_methods_supported" => {
                self.delivery_methods_supported = map.next_value()?;
            }
            "configuration_endpoint" => {
                self.configuration_endpoint = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "status_endpoint" => {
                self.status_endpoint = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "verification_endpoint" => {
                self.verification_endpoint = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "authorization_schemes" => self.authorization_schemes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
