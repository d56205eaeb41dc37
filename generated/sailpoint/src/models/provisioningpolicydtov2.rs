//! `Provisioningpolicydtov2`, from `apis/sources/schemas/provisioningpolicydtov2.yaml`.

use crate::models::{Fielddetailsdtov2, Usagetypev2};

/// `Provisioningpolicydtov2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Provisioningpolicydtov2 {
    /// System-generated unique ID of the provisioning policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the provisioning policy name
    pub name: Option<String>,
    /// Subtype ID for which provisioning policy will be created when usageType is CREATE_MACHINE_ACCOUNT.
    #[serde(rename = "subtypeId", skip_serializing_if = "Option::is_none")]
    pub subtype_id: Option<String>,
    /// the description of the provisioning policy
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "usageType", skip_serializing_if = "Option::is_none")]
    pub usage_type: Option<Usagetypev2>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<Fielddetailsdtov2>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Provisioningpolicydtov2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Provisioningpolicydtov2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Provisioningpolicydtov2 {
    const NAME: &'static str = "Provisioningpolicydtov2";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "subtypeId" => {
                self.subtype_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "usageType" => self.usage_type = map.next_value()?,
            "fields" => self.fields = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
