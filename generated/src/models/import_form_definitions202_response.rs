//! `ImportFormDefinitions202Response`, from `beta/paths/form-definitions-import.yaml#/post/responses/202/content/application~1json/schema`.

use crate::models::{
    ImportFormDefinitions202ResponseErrorsInner,
    ImportFormDefinitions202ResponseImportedObjectsInner,
    ImportFormDefinitions202ResponseInfosInner,
    ImportFormDefinitions202ResponseWarningsInner,
};

/// `ImportFormDefinitions202Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportFormDefinitions202Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ImportFormDefinitions202ResponseErrorsInner>>,
    #[serde(
        rename = "importedObjects",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub imported_objects: Option<
        Vec<ImportFormDefinitions202ResponseImportedObjectsInner>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infos: Option<Vec<ImportFormDefinitions202ResponseInfosInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<ImportFormDefinitions202ResponseWarningsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportFormDefinitions202Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportFormDefinitions202Response {
            errors: None,
            imported_objects: None,
            infos: None,
            warnings: None,
            additional_properties: Default::default(),
        }
    }
}
