//! `ImportFormDefinitionsV1202Response`, from `apis/custom-forms/paths/form-definitions-v1-import.yaml#/post/responses/202/content/application~1json/schema`.

use crate::models::{
    ImportFormDefinitionsV1202ResponseErrorsInner,
    ImportFormDefinitionsV1202ResponseImportedObjectsInner,
    ImportFormDefinitionsV1202ResponseInfosInner,
    ImportFormDefinitionsV1202ResponseWarningsInner,
};

/// `ImportFormDefinitionsV1202Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ImportFormDefinitionsV1202Response {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ImportFormDefinitionsV1202ResponseErrorsInner>>,
    #[serde(rename = "importedObjects", skip_serializing_if = "Option::is_none")]
    pub imported_objects: Option<
        Vec<ImportFormDefinitionsV1202ResponseImportedObjectsInner>,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub infos: Option<Vec<ImportFormDefinitionsV1202ResponseInfosInner>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<ImportFormDefinitionsV1202ResponseWarningsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportFormDefinitionsV1202Response {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ImportFormDefinitionsV1202Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ImportFormDefinitionsV1202Response {
    const NAME: &'static str = "ImportFormDefinitionsV1202Response";

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
            "errors" => self.errors = map.next_value()?,
            "importedObjects" => self.imported_objects = map.next_value()?,
            "infos" => self.infos = map.next_value()?,
            "warnings" => self.warnings = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
