//! `Passwordorgconfig`, from `apis/password-configuration/schemas/passwordorgconfig.yaml`.

/// `Passwordorgconfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Passwordorgconfig {
    /// Indicator whether custom password instructions feature is enabled. The default value is false.
    #[serde(
        rename = "customInstructionsEnabled",
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_instructions_enabled: Option<bool>,
    /// Indicator whether "digit token" feature is enabled. The default value is false.
    #[serde(rename = "digitTokenEnabled", skip_serializing_if = "Option::is_none")]
    pub digit_token_enabled: Option<bool>,
    /// The duration of "digit token" in minutes. The default value is 5.
    #[serde(
        rename = "digitTokenDurationMinutes",
        skip_serializing_if = "Option::is_none"
    )]
    pub digit_token_duration_minutes: Option<i32>,
    /// The length of "digit token". The default value is 6.
    #[serde(rename = "digitTokenLength", skip_serializing_if = "Option::is_none")]
    pub digit_token_length: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Passwordorgconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Passwordorgconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Passwordorgconfig {
    const NAME: &'static str = "Passwordorgconfig";

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
            "customInstructionsEnabled" => {
                self.custom_instructions_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "digitTokenEnabled" => {
                self.digit_token_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "digitTokenDurationMinutes" => {
                self.digit_token_duration_minutes = map.next_value()?;
            }
            "digitTokenLength" => self.digit_token_length = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
