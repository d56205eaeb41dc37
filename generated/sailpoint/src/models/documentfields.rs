//! `Documentfields`, from `apis/search/schemas/documentfields.yaml`.

use crate::models::Documenttype;

/// `Documentfields` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Documentfields {
    /// Name of the pod.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod: Option<String>,
    /// Name of the tenant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    #[serde(rename = "_type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Documenttype>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type2: Option<Documenttype>,
    /// Version number.
    #[serde(rename = "_version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Documentfields {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Documentfields {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Documentfields {
    const NAME: &'static str = "Documentfields";

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
            "pod" => self.pod = map.next_value_seed(crate::lenient::TextOption)?,
            "org" => self.org = map.next_value_seed(crate::lenient::TextOption)?,
            "_type" => self.r#type = map.next_value()?,
            "type" => self.type2 = map.next_value()?,
            "_version" => self.version = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
