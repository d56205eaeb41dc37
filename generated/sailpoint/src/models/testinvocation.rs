//! `Testinvocation`, from `apis/triggers/schemas/testinvocation.yaml`.

/// `Testinvocation` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Testinvocation {
    /// Trigger ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "triggerId")]
    pub trigger_id: String,
    /// Mock input to use for test invocation.  This must adhere to the input schema defined in the trigger being invoked.  If this property is omitted, then the default trigger sample payload will be sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<serde_json::Map<String, serde_json::Value>>,
    /// JSON map of invocation metadata.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(rename = "contentJson")]
    pub content_json: serde_json::Map<String, serde_json::Value>,
    /// Only send the test event to the subscription IDs listed.  If omitted, the test event will be sent to all subscribers.
    #[serde(rename = "subscriptionIds", skip_serializing_if = "Option::is_none")]
    pub subscription_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Testinvocation {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        trigger_id: impl Into<String>,
        content_json: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Testinvocation {
            trigger_id: trigger_id.into(),
            input: None,
            content_json,
            subscription_ids: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Testinvocation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Testinvocation {
    const NAME: &'static str = "Testinvocation";

    #[inline]
    fn empty() -> Self {
        Testinvocation {
            trigger_id: Default::default(),
            input: None,
            content_json: Default::default(),
            subscription_ids: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "triggerId" => self.trigger_id = map.next_value_seed(crate::lenient::Text)?,
            "input" => self.input = map.next_value()?,
            "contentJson" => {
                self.content_json = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "subscriptionIds" => self.subscription_ids = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
