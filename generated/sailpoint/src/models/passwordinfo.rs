//! `Passwordinfo`, from `apis/password-management/schemas/passwordinfo.yaml`.

use crate::models::Passwordinfoaccount;

/// `Passwordinfo` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Passwordinfo {
    /// Identity ID
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// source ID
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// public key ID
    #[serde(rename = "publicKeyId", skip_serializing_if = "Option::is_none")]
    pub public_key_id: Option<String>,
    /// User's public key with Base64 encoding
    #[serde(rename = "publicKey", skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// Account info related to queried identity and source
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<Passwordinfoaccount>>,
    /// Password constraints
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Passwordinfo {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Passwordinfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Passwordinfo {
    const NAME: &'static str = "Passwordinfo";

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
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "publicKeyId" => {
                self.public_key_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "publicKey" => {
                self.public_key = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accounts" => self.accounts = map.next_value()?,
            "policies" => self.policies = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
