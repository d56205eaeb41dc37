//! `VerificationPollRequest`, from `v3/schemas/VerificationPollRequest.yaml`.

/// `VerificationPollRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct VerificationPollRequest {
    /// Verification request Id
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "requestId")]
    pub request_id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl VerificationPollRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(request_id: impl Into<String>) -> Self {
        VerificationPollRequest {
            request_id: request_id.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for VerificationPollRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for VerificationPollRequest {
    const NAME: &'static str = "VerificationPollRequest";

    #[inline]
    fn empty() -> Self {
        VerificationPollRequest {
            request_id: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "requestId" => self.request_id = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
