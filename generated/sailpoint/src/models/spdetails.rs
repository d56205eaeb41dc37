//! `Spdetails`, from `apis/global-tenant-security-settings/schemas/spdetails.yaml`.

use crate::models::FederationprotocoldetailsRole;

/// `Spdetails` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Spdetails {
    /// Federation protocol role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<FederationprotocoldetailsRole>,
    /// An entity ID is a globally unique name for a SAML entity, either an Identity Provider (IDP) or a Service Provider (SP).
    #[serde(rename = "entityId", skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// Unique alias used to identify the selected local service provider based on used URL. Used with SP configurations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// The allowed callback URL where users will be redirected to after authentication. Used with SP configurations.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "callbackUrl")]
    pub callback_url: String,
    /// The legacy ACS URL used for SAML authentication. Used with SP configurations.
    #[serde(rename = "legacyAcsUrl", skip_serializing_if = "Option::is_none")]
    pub legacy_acs_url: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Spdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(callback_url: impl Into<String>) -> Self {
        Spdetails {
            role: None,
            entity_id: None,
            alias: None,
            callback_url: callback_url.into(),
            legacy_acs_url: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Spdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Spdetails {
    const NAME: &'static str = "Spdetails";

    #[inline]
    fn empty() -> Self {
        Spdetails {
            role: None,
            entity_id: None,
            alias: None,
            callback_url: Default::default(),
            legacy_acs_url: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "role" => self.role = map.next_value()?,
            "entityId" => {
                self.entity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "alias" => self.alias = map.next_value_seed(crate::lenient::TextOption)?,
            "callbackUrl" => {
                self.callback_url = map.next_value_seed(crate::lenient::Text)?;
            }
            "legacyAcsUrl" => {
                self.legacy_acs_url = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
