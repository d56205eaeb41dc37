//! `Sourcesyncpayload`, from `apis/sources/schemas/sourcesyncpayload.yaml`.

/// `Sourcesyncpayload` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourcesyncpayload {
    /// Payload type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Payload type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "dataJson")]
    pub data_json: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourcesyncpayload {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: impl Into<String>, data_json: impl Into<String>) -> Self {
        Sourcesyncpayload {
            r#type: r#type.into(),
            data_json: data_json.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Sourcesyncpayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourcesyncpayload {
    const NAME: &'static str = "Sourcesyncpayload";

    #[inline]
    fn empty() -> Self {
        Sourcesyncpayload {
            r#type: Default::default(),
            data_json: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "dataJson" => self.data_json = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
