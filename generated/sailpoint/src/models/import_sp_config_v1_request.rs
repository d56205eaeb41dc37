//! `ImportSpConfigV1Request`, from `apis/sp-config/paths/sp-config-v1-import.yaml#/post/requestBody/content/multipart~1form-data/schema`.

use crate::models::Importoptions;

/// `ImportSpConfigV1Request` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ImportSpConfigV1Request {
    /// JSON file containing the objects to be imported.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub data: Vec<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Importoptions>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportSpConfigV1Request {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(data: Vec<u8>) -> Self {
        ImportSpConfigV1Request {
            data,
            options: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ImportSpConfigV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ImportSpConfigV1Request {
    const NAME: &'static str = "ImportSpConfigV1Request";

    #[inline]
    fn empty() -> Self {
        ImportSpConfigV1Request {
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
