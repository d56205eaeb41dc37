//! `ImportSpConfigRequest`, from `beta/paths/sp-config-import.yaml#/post/requestBody/content/multipart~1form-data/schema`.

use crate::models::ImportOptions;

/// `ImportSpConfigRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ImportSpConfigRequest {
    /// JSON file containing the objects to be imported.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub data: Vec<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<ImportOptions>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportSpConfigRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(data: Vec<u8>) -> Self {
        ImportSpConfigRequest {
            data,
            options: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ImportSpConfigRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ImportSpConfigRequest {
    const NAME: &'static str = "ImportSpConfigRequest";

    #[inline]
    fn empty() -> Self {
        ImportSpConfigRequest {
            data: Default::default(),
            options: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "data" => {
                self.data = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "options" => self.options = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
