//! `Managedclusterencryptionconfig`, from `apis/managed-clusters/schemas/managedclusterencryptionconfig.yaml`.

use crate::models::ManagedclusterencryptionconfigFormat;

/// Defines the encryption settings for a managed cluster, including the format used for storing and processing encrypted data.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Managedclusterencryptionconfig {
    /// Specifies the format used for encrypted data, such as secrets. The format determines how the encrypted data is structured and processed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<ManagedclusterencryptionconfigFormat>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Managedclusterencryptionconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Managedclusterencryptionconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Managedclusterencryptionconfig {
    const NAME: &'static str = "Managedclusterencryptionconfig";

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
            "format" => self.format = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
