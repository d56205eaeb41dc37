//! `Listpredefinedselectoptionsresponse`, from `apis/custom-forms/schemas/listpredefinedselectoptionsresponse.yaml`.

use crate::models::Predefinedselectoption;

/// `Listpredefinedselectoptionsresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Listpredefinedselectoptionsresponse {
    /// Results holds a list of PreDefinedSelectOption items
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<Predefinedselectoption>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Listpredefinedselectoptionsresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Listpredefinedselectoptionsresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Listpredefinedselectoptionsresponse {
    const NAME: &'static str = "Listpredefinedselectoptionsresponse";

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
            "results" => self.results = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
