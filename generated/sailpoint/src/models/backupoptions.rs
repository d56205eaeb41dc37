//! `Backupoptions`, from `apis/configuration-hub/schemas/backupoptions.yaml`.

use crate::models::{BackupoptionsIncludeTypesInner, Objectexportimportnames};

/// Backup options control what will be included in the backup.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Backupoptions {
    /// Object type names to be included in a Configuration Hub backup command.
    #[serde(rename = "includeTypes", skip_serializing_if = "Option::is_none")]
    pub include_types: Option<Vec<BackupoptionsIncludeTypesInner>>,
    /// Additional options targeting specific objects related to each item in the includeTypes field.
    #[serde(rename = "objectOptions", skip_serializing_if = "Option::is_none")]
    pub object_options: Option<
        std::collections::BTreeMap<String, Objectexportimportnames>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Backupoptions {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Backupoptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Backupoptions {
    const NAME: &'static str = "Backupoptions";

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
            "includeTypes" => self.include_types = map.next_value()?,
            "objectOptions" => self.object_options = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
