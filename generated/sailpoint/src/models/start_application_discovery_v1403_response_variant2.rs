//! `StartApplicationDiscoveryV1403ResponseVariant2`, from `apis/application-discovery/paths/sources-v1-by-sourceid-discover-applications.yaml#/post/responses/403/content/application~1json/schema/oneOf/1`.

/// `StartApplicationDiscoveryV1403ResponseVariant2` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StartApplicationDiscoveryV1403ResponseVariant2 {
    /// Error message when quota is exceeded
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub error: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl StartApplicationDiscoveryV1403ResponseVariant2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(error: impl Into<String>) -> Self {
        StartApplicationDiscoveryV1403ResponseVariant2 {
            error: error.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for StartApplicationDiscoveryV1403ResponseVariant2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for StartApplicationDiscoveryV1403ResponseVariant2 {
    const NAME: &'static str = "StartApplicationDiscoveryV1403ResponseVariant2";

    #[inline]
    fn empty() -> Self {
        StartApplicationDiscoveryV1403ResponseVariant2 {
            error: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "error" => self.error = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
