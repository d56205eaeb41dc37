//! `Localizedmessage`, from `apis/shared/schemas/localizedmessage.yaml`.

/// Localized error message to indicate a failed invocation or error if any.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Localizedmessage {
    /// Message locale
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub locale: String,
    /// Message text
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub message: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Localizedmessage {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(locale: impl Into<String>, message: impl Into<String>) -> Self {
        Localizedmessage {
            locale: locale.into(),
            message: message.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Localizedmessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Localizedmessage {
    const NAME: &'static str = "Localizedmessage";

    #[inline]
    fn empty() -> Self {
        Localizedmessage {
            locale: Default::default(),
            message: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "locale" => self.locale = map.next_value_seed(crate::lenient::Text)?,
            "message" => self.message = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
