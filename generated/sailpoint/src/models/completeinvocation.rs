//! `Completeinvocation`, from `apis/triggers/schemas/completeinvocation.yaml`.

/// `Completeinvocation` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Completeinvocation {
    /// Unique invocation secret that was generated when the invocation was created. Required to authenticate to the endpoint.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub secret: String,
    /// The error message to indicate a failed invocation or error if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Trigger output to complete the invocation. Its schema is defined in the trigger definition.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub output: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Completeinvocation {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        secret: impl Into<String>,
        output: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Completeinvocation {
            secret: secret.into(),
            error: None,
            output,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Completeinvocation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Completeinvocation {
    const NAME: &'static str = "Completeinvocation";

    #[inline]
    fn empty() -> Self {
        Completeinvocation {
            secret: Default::default(),
            error: None,
            output: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "secret" => self.secret = map.next_value_seed(crate::lenient::Text)?,
            "error" => self.error = map.next_value_seed(crate::lenient::TextOption)?,
            "output" => {
                self.output = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
