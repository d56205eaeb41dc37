//! `ImportFormDefinitionsV1202ResponseImportedObjectsInner`, from `apis/custom-forms/paths/form-definitions-v1-import.yaml#/post/responses/202/content/application~1json/schema/properties/importedObjects/items`.

use crate::models::Formdefinitionresponse;

/// `ImportFormDefinitionsV1202ResponseImportedObjectsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ImportFormDefinitionsV1202ResponseImportedObjectsInner {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<Formdefinitionresponse>,
    #[serde(rename = "self", skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportFormDefinitionsV1202ResponseImportedObjectsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de>
for ImportFormDefinitionsV1202ResponseImportedObjectsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ImportFormDefinitionsV1202ResponseImportedObjectsInner {
    const NAME: &'static str = "ImportFormDefinitionsV1202ResponseImportedObjectsInner";

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
            "object" => self.object = map.next_value()?,
            "self" => self.self_ = map.next_value_seed(crate::lenient::TextOption)?,
            "version" => self.version = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
