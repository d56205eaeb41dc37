//! `Objectimportresult`, from `apis/identity-profiles/schemas/objectimportresult.yaml`.

use crate::models::{Importobject, Spconfigmessage};

/// Response model for import of a single object.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Objectimportresult {
    /// Informational messages returned from the target service on import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub infos: Vec<Spconfigmessage>,
    /// Warning messages returned from the target service on import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub warnings: Vec<Spconfigmessage>,
    /// Error messages returned from the target service on import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub errors: Vec<Spconfigmessage>,
    /// References to objects that were created or updated by the import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "importedObjects")]
    pub imported_objects: Vec<Importobject>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Objectimportresult {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        infos: Vec<Spconfigmessage>,
        warnings: Vec<Spconfigmessage>,
        errors: Vec<Spconfigmessage>,
        imported_objects: Vec<Importobject>,
    ) -> Self {
        Objectimportresult {
            infos,
            warnings,
            errors,
            imported_objects,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Objectimportresult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Objectimportresult {
    const NAME: &'static str = "Objectimportresult";

    #[inline]
    fn empty() -> Self {
        Objectimportresult {
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
