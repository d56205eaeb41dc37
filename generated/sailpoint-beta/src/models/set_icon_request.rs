//! `SetIconRequest`, from `beta/paths/icon.yaml#/put/requestBody/content/multipart~1form-data/schema`.

/// `SetIconRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SetIconRequest {
    /// file with icon. Allowed mime-types \['image/png', 'image/jpeg'\]
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub image: Vec<u8>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SetIconRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(image: Vec<u8>) -> Self {
        SetIconRequest {
            image,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SetIconRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SetIconRequest {
    const NAME: &'static str = "SetIconRequest";

    #[inline]
    fn empty() -> Self {
        SetIconRequest {
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
