//! `Listformdefinitionsbytenantresponse`, from `apis/custom-forms/schemas/listformdefinitionsbytenantresponse.yaml`.

use crate::models::Formdefinitionresponse;

/// `Listformdefinitionsbytenantresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Listformdefinitionsbytenantresponse {
    /// Count number of results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// List of FormDefinitionResponse items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<Formdefinitionresponse>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Listformdefinitionsbytenantresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Listformdefinitionsbytenantresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Listformdefinitionsbytenantresponse {
    const NAME: &'static str = "Listformdefinitionsbytenantresponse";

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
            "count" => self.count = map.next_value()?,
            "results" => self.results = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
