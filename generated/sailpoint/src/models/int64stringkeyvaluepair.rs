//! `Int64stringkeyvaluepair`, from `apis/data-access-security/schemas/int64stringkeyvaluepair.yaml`.

/// `Int64stringkeyvaluepair` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Int64stringkeyvaluepair {
    /// The key for the tag or pair.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<i64>,
    /// The value for the tag or pair.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Int64stringkeyvaluepair {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Int64stringkeyvaluepair {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Int64stringkeyvaluepair {
    const NAME: &'static str = "Int64stringkeyvaluepair";

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
            "key" => self.key = map.next_value()?,
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
