//! `Generaterandomstring`, from `apis/sources/schemas/generaterandomstring.yaml`.

/// `Generaterandomstring` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Generaterandomstring {
    /// This must always be set to "Cloud Services Deployment Utility"
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The operation to perform `generateRandomString`
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub operation: String,
    /// This must be either "true" or "false" to indicate whether the generator logic should include numbers
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "includeNumbers")]
    pub include_numbers: bool,
    /// This must be either "true" or "false" to indicate whether the generator logic should include special characters
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "includeSpecialChars")]
    pub include_special_chars: bool,
    /// This specifies how long the randomly generated string needs to be
    ///
    ///
    /// >NOTE Due to identity attribute data constraints, the maximum allowable value is 450 characters
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub length: String,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Generaterandomstring {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        operation: impl Into<String>,
        include_numbers: bool,
        include_special_chars: bool,
        length: impl Into<String>,
    ) -> Self {
        Generaterandomstring {
            name: name.into(),
            operation: operation.into(),
            include_numbers,
            include_special_chars,
            length: length.into(),
            requires_periodic_refresh: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Generaterandomstring {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Generaterandomstring {
    const NAME: &'static str = "Generaterandomstring";

    #[inline]
    fn empty() -> Self {
        Generaterandomstring {
            name: Default::default(),
            operation: Default::default(),
            include_numbers: Default::default(),
            include_special_chars: Default::default(),
            length: Default::default(),
            requires_periodic_refresh: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "operation" => self.operation = map.next_value_seed(crate::lenient::Text)?,
            "includeNumbers" => {
                self.include_numbers = map.next_value_seed(crate::lenient::Flag)?;
            }
            "includeSpecialChars" => {
                self.include_special_chars = map.next_value_seed(crate::lenient::Flag)?;
            }
            "length" => self.length = map.next_value_seed(crate::lenient::Text)?,
            "requiresPeriodicRefresh" => {
                self.requires_periodic_refresh = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
