//! `PublicIdentityConfig`, from `beta/schemas/PublicIdentityConfig.yaml`.

use crate::models::{IdentityReference, PublicIdentityAttributeConfig};

/// Details of up to 5 Identity attributes that will be publicly accessible for all Identities to anyone in the org
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct PublicIdentityConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<PublicIdentityAttributeConfig>>,
    #[serde(rename = "modifiedBy", skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<IdentityReference>,
    /// the date/time of the modification
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PublicIdentityConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for PublicIdentityConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for PublicIdentityConfig {
    const NAME: &'static str = "PublicIdentityConfig";

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
            "modifiedBy" => self.modified_by = map.next_value()?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
