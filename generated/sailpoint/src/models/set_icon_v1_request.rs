//! `SetIconV1Request`, from `apis/icons/paths/icons-v1-by-objecttype-by-objectid.yaml#/put/requestBody/content/multipart~1form-data/schema`.

/// `SetIconV1Request` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SetIconV1Request {
    /// file with icon. Allowed mime-types \['image/png', 'image/jpeg'\]
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub image: Vec<u8>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SetIconV1Request {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(image: Vec<u8>) -> Self {
        SetIconV1Request {
            image,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SetIconV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SetIconV1Request {
    const NAME: &'static str = "SetIconV1Request";

    #[inline]
    fn empty() -> Self {
        SetIconV1Request {
            image: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "image" => {
                self.image = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
