//! `Invocation`, from `apis/triggers/schemas/invocation.yaml`.

/// `Invocation` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Invocation {
    /// Invocation ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Trigger ID
    #[serde(rename = "triggerId", skip_serializing_if = "Option::is_none")]
    pub trigger_id: Option<String>,
    /// Unique invocation secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// JSON map of invocation metadata.
    #[serde(rename = "contentJson", skip_serializing_if = "Option::is_none")]
    pub content_json: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Invocation {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Invocation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Invocation {
    const NAME: &'static str = "Invocation";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "triggerId" => {
                self.trigger_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "secret" => self.secret = map.next_value_seed(crate::lenient::TextOption)?,
            "contentJson" => self.content_json = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
