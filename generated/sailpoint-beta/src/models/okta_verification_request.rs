//! `OktaVerificationRequest`, from `v3/schemas/OktaVerificationRequest.yaml`.

/// `OktaVerificationRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct OktaVerificationRequest {
    /// User identifier for Verification request. The value of the user's attribute.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "userId")]
    pub user_id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OktaVerificationRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(user_id: impl Into<String>) -> Self {
        OktaVerificationRequest {
            user_id: user_id.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for OktaVerificationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for OktaVerificationRequest {
    const NAME: &'static str = "OktaVerificationRequest";

    #[inline]
    fn empty() -> Self {
        OktaVerificationRequest {
            user_id: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "userId" => self.user_id = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
