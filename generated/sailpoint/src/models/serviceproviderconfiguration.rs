//! `Serviceproviderconfiguration`, from `apis/global-tenant-security-settings/schemas/serviceproviderconfiguration.yaml`.

use crate::models::ServiceproviderconfigurationFederationProtocolDetailsInner;

/// Represents the IdentityNow as Service Provider Configuration allowing customers to log into IDN via an Identity Provider
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Serviceproviderconfiguration {
    /// This determines whether or not the SAML authentication flow is enabled for an org
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// This allows basic login with the parameter prompt=true. This is often toggled on when debugging SAML authentication setup. When false, only org admins with MFA-enabled can bypass the IDP.
    #[serde(rename = "bypassIdp", skip_serializing_if = "Option::is_none")]
    pub bypass_idp: Option<bool>,
    /// This indicates whether or not the SAML configuration is valid.
    #[serde(rename = "samlConfigurationValid", skip_serializing_if = "Option::is_none")]
    pub saml_configuration_valid: Option<bool>,
    /// A list of the abstract implementations of the Federation Protocol details. Typically, this will include on SpDetails object and one IdpDetails object used in tandem to define a SAML integration between a customer's identity provider and a customer's SailPoint instance (i.e., the service provider).
    #[serde(
        rename = "federationProtocolDetails",
        skip_serializing_if = "Option::is_none"
    )]
    pub federation_protocol_details: Option<
        Vec<ServiceproviderconfigurationFederationProtocolDetailsInner>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Serviceproviderconfiguration {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Serviceproviderconfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Serviceproviderconfiguration {
    const NAME: &'static str = "Serviceproviderconfiguration";

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
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "bypassIdp" => {
                self.bypass_idp = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "samlConfigurationValid" => {
                self.saml_configuration_valid = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "federationProtocolDetails" => {
                self.federation_protocol_details = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
