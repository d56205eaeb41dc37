//! `ObjectImportResult`, from `beta/schemas/ObjectImportResult.yaml`.

use crate::models::{ImportObject, SpConfigMessage};

/// Response model for import of a single object.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ObjectImportResult {
    /// Informational messages returned from the target service on import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub infos: Vec<SpConfigMessage>,
    /// Warning messages returned from the target service on import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub warnings: Vec<SpConfigMessage>,
    /// Error messages returned from the target service on import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub errors: Vec<SpConfigMessage>,
    /// References to objects that were created or updated by the import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "importedObjects")]
    pub imported_objects: Vec<ImportObject>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ObjectImportResult {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        infos: Vec<SpConfigMessage>,
        warnings: Vec<SpConfigMessage>,
        errors: Vec<SpConfigMessage>,
        imported_objects: Vec<ImportObject>,
    ) -> Self {
        ObjectImportResult {
            infos,
            warnings,
            errors,
            imported_objects,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ObjectImportResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ObjectImportResult {
    const NAME: &'static str = "ObjectImportResult";

    #[inline]
    fn empty() -> Self {
        ObjectImportResult {
            infos: Default::default(),
            warnings: Default::default(),
            errors: Default::default(),
            imported_objects: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "infos" => {
                self.infos = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "warnings" => {
                self.warnings = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "errors" => {
                self.errors = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "importedObjects" => {
                self.imported_objects = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
