//! `Spconfigmessage`, from `apis/identity-profiles/schemas/spconfigmessage.yaml`.

/// Message model for Config Import/Export.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Spconfigmessage {
    /// Message key.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub key: String,
    /// Message text.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub text: String,
    /// Message details if any, in key:value pairs.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub details: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Spconfigmessage {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        key: impl Into<String>,
        text: impl Into<String>,
        details: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Spconfigmessage {
            key: key.into(),
            text: text.into(),
            details,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Spconfigmessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Spconfigmessage {
    const NAME: &'static str = "Spconfigmessage";

    #[inline]
    fn empty() -> Self {
        Spconfigmessage {
            key: Default::default(),
            text: Default::default(),
            details: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "key" => self.key = map.next_value_seed(crate::lenient::Text)?,
            "text" => self.text = map.next_value_seed(crate::lenient::Text)?,
            "details" => {
                self.details = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
