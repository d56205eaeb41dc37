//! `Spconfigexportresults`, from `apis/sp-config/schemas/spconfigexportresults.yaml`.

use crate::models::{Configobject, Exportoptions};

/// Response model for config export download response.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Spconfigexportresults {
    /// Current version of the export results object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Time the export was completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<chrono::DateTime<chrono::Utc>>,
    /// Name of the tenant where this export originated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// Optional user defined description/name for export job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Options used to create this export.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Exportoptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub objects: Option<Vec<Configobject>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Spconfigexportresults {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Spconfigexportresults {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Spconfigexportresults {
    const NAME: &'static str = "Spconfigexportresults";

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
            "timestamp" => {
                self.timestamp = map.next_value_seed(crate::datetime::Optional)?;
            }
            "tenant" => self.tenant = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "options" => self.options = map.next_value()?,
            "objects" => self.objects = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
