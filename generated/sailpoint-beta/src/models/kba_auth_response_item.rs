//! `KbaAuthResponseItem`, from `v3/schemas/KbaAuthResponseItem.yaml`.

/// `KbaAuthResponseItem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct KbaAuthResponseItem {
    /// The KBA question id
    #[serde(rename = "questionId", skip_serializing_if = "Option::is_none")]
    pub question_id: Option<String>,
    /// Return true if verified
    #[serde(rename = "isVerified", skip_serializing_if = "Option::is_none")]
    pub is_verified: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl KbaAuthResponseItem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for KbaAuthResponseItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for KbaAuthResponseItem {
    const NAME: &'static str = "KbaAuthResponseItem";

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
            "questionId" => {
                self.question_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "isVerified" => {
                self.is_verified = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
