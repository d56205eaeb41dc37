//! `ImportFormDefinitionsV1202ResponseErrorsInner`, from `apis/custom-forms/paths/form-definitions-v1-import.yaml#/post/responses/202/content/application~1json/schema/properties/errors/items`.

/// `ImportFormDefinitionsV1202ResponseErrorsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ImportFormDefinitionsV1202ResponseErrorsInner {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<
        std::collections::BTreeMap<String, serde_json::Map<String, serde_json::Value>>,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportFormDefinitionsV1202ResponseErrorsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ImportFormDefinitionsV1202ResponseErrorsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ImportFormDefinitionsV1202ResponseErrorsInner {
    const NAME: &'static str = "ImportFormDefinitionsV1202ResponseErrorsInner";

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
            "detail" => self.detail = map.next_value()?,
            "key" => self.key = map.next_value_seed(crate::lenient::TextOption)?,
            "text" => self.text = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
