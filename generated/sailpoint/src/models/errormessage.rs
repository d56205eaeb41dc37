//! `Errormessage`, from `apis/custom-forms/schemas/errormessage.yaml`.

/// `Errormessage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Errormessage {
    /// Locale is the current Locale
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// LocaleOrigin holds possible values of how the locale was selected
    #[serde(rename = "localeOrigin", skip_serializing_if = "Option::is_none")]
    pub locale_origin: Option<String>,
    /// Text is the actual text of the error message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Errormessage {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Errormessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Errormessage {
    const NAME: &'static str = "Errormessage";

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
            "locale" => self.locale = map.next_value_seed(crate::lenient::TextOption)?,
            "localeOrigin" => {
                self.locale_origin = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "text" => self.text = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
