//! `Exportpayload`, from `apis/sp-config/schemas/exportpayload.yaml`.

use crate::models::{
    ExportoptionsExcludeTypesInner, ExportoptionsIncludeTypesInner,
    Objectexportimportoptions,
};

/// `Exportpayload` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Exportpayload {
    /// Object type names to be excluded from an sp-config export command.
    #[serde(rename = "excludeTypes", skip_serializing_if = "Option::is_none")]
    pub exclude_types: Option<Vec<ExportoptionsExcludeTypesInner>>,
    /// Object type names to be included in an sp-config export command. IncludeTypes takes precedence over excludeTypes.
    #[serde(rename = "includeTypes", skip_serializing_if = "Option::is_none")]
    pub include_types: Option<Vec<ExportoptionsIncludeTypesInner>>,
    /// Additional options targeting specific objects related to each item in the includeTypes field
    #[serde(rename = "objectOptions", skip_serializing_if = "Option::is_none")]
    pub object_options: Option<
        std::collections::BTreeMap<String, Objectexportimportoptions>,
    >,
    /// Optional user defined description/name for export job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Exportpayload {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Exportpayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Exportpayload {
    const NAME: &'static str = "Exportpayload";

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
            "excludeTypes" => self.exclude_types = map.next_value()?,
            "includeTypes" => self.include_types = map.next_value()?,
            "objectOptions" => self.object_options = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
