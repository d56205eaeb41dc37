//! `CreateIdentityTokenRequest`, from `openapi.yaml#/paths/~1identities~1token/post/requestBody/content/application~1x-www-form-urlencoded/schema`.

/// `CreateIdentityTokenRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CreateIdentityTokenRequest {
    /// Grant type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub grant_type: String,
    /// Space-separated scopes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreateIdentityTokenRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(grant_type: impl Into<String>) -> Self {
        CreateIdentityTokenRequest {
            grant_type: grant_type.into(),
            scope: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CreateIdentityTokenRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CreateIdentityTokenRequest {
    const NAME: &'static str = "CreateIdentityTokenRequest";

    #[inline]
    fn empty() -> Self {
        CreateIdentityTokenRequest {
            grant_type: Default::default(),
            scope: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "grant_type" => self.grant_type = map.next_value_seed(crate::lenient::Text)?,
            "scope" => self.scope = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
