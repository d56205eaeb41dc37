//! `CreateIdentityToken200Response`, from `openapi.yaml#/paths/~1identities~1token/post/responses/200/content/application~1json/schema`.

/// An inline token response.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CreateIdentityToken200Response {
    /// A server's absent or `null` member reads as an empty string.
    pub access_token: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreateIdentityToken200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(access_token: impl Into<String>) -> Self {
        CreateIdentityToken200Response {
            access_token: access_token.into(),
            expires_in: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CreateIdentityToken200Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CreateIdentityToken200Response {
    const NAME: &'static str = "CreateIdentityToken200Response";

    #[inline]
    fn empty() -> Self {
        CreateIdentityToken200Response {
            access_token: Default::default(),
            expires_in: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "access_token" => {
                self.access_token = map.next_value_seed(crate::lenient::Text)?;
            }
            "expires_in" => self.expires_in = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
