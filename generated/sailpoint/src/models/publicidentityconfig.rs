//! `Publicidentityconfig`, from `apis/public-identities-config/schemas/publicidentityconfig.yaml`.

use crate::models::{Identityreference, Publicidentityattributeconfig};

/// Details of up to 5 Identity attributes that will be publicly accessible for all Identities to anyone in the org.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Publicidentityconfig {
    /// Up to 5 identity attributes that will be available to everyone in the org for all users in the org.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Publicidentityattributeconfig>>,
    /// When this configuration was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The identity who last modified this configuration.
    #[serde(rename = "modifiedBy", skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<Identityreference>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Publicidentityconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Publicidentityconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Publicidentityconfig {
    const NAME: &'static str = "Publicidentityconfig";

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
            "attributes" => self.attributes = map.next_value()?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "modifiedBy" => self.modified_by = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
