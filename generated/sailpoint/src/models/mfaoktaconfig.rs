//! `Mfaoktaconfig`, from `apis/mfa-configuration/schemas/mfaoktaconfig.yaml`.

/// `Mfaoktaconfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Mfaoktaconfig {
    /// Mfa method name
    #[serde(rename = "mfaMethod", skip_serializing_if = "Option::is_none")]
    pub mfa_method: Option<String>,
    /// If MFA method is enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The server host name or IP address of the MFA provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// The secret key for authenticating requests to the MFA provider.
    #[serde(rename = "accessKey", skip_serializing_if = "Option::is_none")]
    pub access_key: Option<String>,
    /// Optional. The name of the attribute for mapping IdentityNow identity to the MFA provider.
    #[serde(rename = "identityAttribute", skip_serializing_if = "Option::is_none")]
    pub identity_attribute: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Mfaoktaconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Mfaoktaconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Mfaoktaconfig {
    const NAME: &'static str = "Mfaoktaconfig";

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
            "mfaMethod" => {
                self.mfa_method = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "host" => self.host = map.next_value_seed(crate::lenient::TextOption)?,
            "accessKey" => {
                self.access_key = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identityAttribute" => {
                self.identity_attribute = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
