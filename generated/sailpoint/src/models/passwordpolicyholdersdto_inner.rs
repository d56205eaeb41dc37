//! `PasswordpolicyholdersdtoInner`, from `apis/sources/schemas/passwordpolicyholdersdto.yaml#/items`.

use crate::models::Passwordpolicyholdersdtoattributes;

/// `PasswordpolicyholdersdtoInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct PasswordpolicyholdersdtoInner {
    /// The password policy Id.
    #[serde(rename = "policyId", skip_serializing_if = "Option::is_none")]
    pub policy_id: Option<String>,
    /// The name of the password policy.
    #[serde(rename = "policyName", skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selectors: Option<Passwordpolicyholdersdtoattributes>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PasswordpolicyholdersdtoInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for PasswordpolicyholdersdtoInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for PasswordpolicyholdersdtoInner {
    const NAME: &'static str = "PasswordpolicyholdersdtoInner";

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
            "policyId" => {
                self.policy_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "policyName" => {
                self.policy_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "selectors" => self.selectors = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
