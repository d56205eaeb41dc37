//! `Verificationrequest`, from `apis/shared-signals-framework-ssf/schemas/verificationrequest.yaml`.

/// Request body for POST /ssf/streams/verify (receiver verification).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Verificationrequest {
    /// Stream ID for verification.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub stream_id: String,
    /// Optional state value for verification challenge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Verificationrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(stream_id: impl Into<String>) -> Self {
        Verificationrequest {
            stream_id: stream_id.into(),
            state: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Verificationrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Verificationrequest {
    const NAME: &'static str = "Verificationrequest";

    #[inline]
    fn empty() -> Self {
        Verificationrequest {
            stream_id: Default::default(),
            state: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "stream_id" => self.stream_id = map.next_value_seed(crate::lenient::Text)?,
            "state" => self.state = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
