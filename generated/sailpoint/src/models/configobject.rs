//! `Configobject`, from `apis/sp-config/schemas/configobject.yaml`.

use crate::models::Selfimportexportdto;

/// Config export and import format for individual object configurations.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Configobject {
    /// Current version of configuration object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(rename = "self", skip_serializing_if = "Option::is_none")]
    pub self_: Option<Selfimportexportdto>,
    /// Object details. Format dependant on the object type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Configobject {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Configobject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Configobject {
    const NAME: &'static str = "Configobject";

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
            "version" => self.version = map.next_value()?,
            "self" => self.self_ = map.next_value()?,
            "object" => self.object = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
