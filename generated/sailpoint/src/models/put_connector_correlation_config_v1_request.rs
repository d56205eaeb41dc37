//! `PutConnectorCorrelationConfigV1Request`, from `apis/connectors/paths/connectors-v1-by-scriptname-correlation-config.yaml#/put/requestBody/content/multipart~1form-data/schema`.

/// `PutConnectorCorrelationConfigV1Request` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct PutConnectorCorrelationConfigV1Request {
    /// connector correlation config xml file
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub file: Vec<u8>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PutConnectorCorrelationConfigV1Request {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(file: Vec<u8>) -> Self {
        PutConnectorCorrelationConfigV1Request {
            file,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for PutConnectorCorrelationConfigV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for PutConnectorCorrelationConfigV1Request {
    const NAME: &'static str = "PutConnectorCorrelationConfigV1Request";

    #[inline]
    fn empty() -> Self {
        PutConnectorCorrelationConfigV1Request {
            file: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "file" => {
                self.file = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
