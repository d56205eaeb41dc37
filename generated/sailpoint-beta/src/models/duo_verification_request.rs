//! `DuoVerificationRequest`, from `v3/schemas/DuoVerificationRequest.yaml`.

/// `DuoVerificationRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DuoVerificationRequest {
    /// User id for Verification request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "userId")]
    pub user_id: String,
    /// User id for Verification request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "signedResponse")]
    pub signed_response: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DuoVerificationRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(user_id: impl Into<String>, signed_response: impl Into<String>) -> Self {
        DuoVerificationRequest {
            user_id: user_id.into(),
            signed_response: signed_response.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for DuoVerificationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for DuoVerificationRequest {
    const NAME: &'static str = "DuoVerificationRequest";

    #[inline]
    fn empty() -> Self {
        DuoVerificationRequest {
            user_id: Default::default(),
            signed_response: Default::default(),
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
            "signedResponse" => {
                self.signed_response = map.next_value_seed(crate::lenient::Text)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
