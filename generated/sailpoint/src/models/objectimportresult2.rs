//! `Objectimportresult2`, from `apis/sp-config/schemas/objectimportresult-2.yaml`.

use crate::models::{SpConfigImportobject, Spconfigmessage2};

/// Response model for import of a single object.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Objectimportresult2 {
    /// Informational messages returned from the target service on import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub infos: Vec<Spconfigmessage2>,
    /// Warning messages returned from the target service on import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub warnings: Vec<Spconfigmessage2>,
    /// Error messages returned from the target service on import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub errors: Vec<Spconfigmessage2>,
    /// References to objects that were created or updated by the import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "importedObjects")]
    pub imported_objects: Vec<SpConfigImportobject>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Objectimportresult2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        infos: Vec<Spconfigmessage2>,
        warnings: Vec<Spconfigmessage2>,
        errors: Vec<Spconfigmessage2>,
        imported_objects: Vec<SpConfigImportobject>,
    ) -> Self {
        Objectimportresult2 {
            infos,
            warnings,
            errors,
            imported_objects,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Objectimportresult2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Objectimportresult2 {
    const NAME: &'static str = "Objectimportresult2";

    #[inline]
    fn empty() -> Self {
        Objectimportresult2 {
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
