//! `Authprofile`, from `apis/auth-profile/schemas/authprofile.yaml`.

use crate::models::AuthprofileType;

/// `Authprofile` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Authprofile {
    /// Authentication Profile name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Use it to block access from off network.
    #[serde(rename = "offNetwork", skip_serializing_if = "Option::is_none")]
    pub off_network: Option<bool>,
    /// Use it to block access from untrusted geoographies.
    #[serde(rename = "untrustedGeography", skip_serializing_if = "Option::is_none")]
    pub untrusted_geography: Option<bool>,
    /// Application ID.
    #[serde(rename = "applicationId", skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// Application name.
    #[serde(rename = "applicationName", skip_serializing_if = "Option::is_none")]
    pub application_name: Option<String>,
    /// Type of the Authentication Profile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AuthprofileType>,
    /// Use it to enable strong authentication.
    #[serde(rename = "strongAuthLogin", skip_serializing_if = "Option::is_none")]
    pub strong_auth_login: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Authprofile {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Authprofile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Authprofile {
    const NAME: &'static str = "Authprofile";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "offNetwork" => {
                self.off_network = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "untrustedGeography" => {
                self.untrusted_geography = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "applicationId" => {
                self.application_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "applicationName" => {
                self.application_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "strongAuthLogin" => {
                self.strong_auth_login = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
