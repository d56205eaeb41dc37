//! `Workflowoauthclient`, from `apis/workflows/schemas/workflowoauthclient.yaml`.

/// `Workflowoauthclient` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workflowoauthclient {
    /// OAuth client ID for the trigger. This is a UUID generated upon creation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// OAuthClient secret.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// URL for the external trigger to invoke
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workflowoauthclient {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Workflowoauthclient {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workflowoauthclient {
    const NAME: &'static str = "Workflowoauthclient";

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
            "secret" => self.secret = map.next_value_seed(crate::lenient::TextOption)?,
            "url" => self.url = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
