//! `Spconfigimportresults`, from `apis/sp-config/schemas/spconfigimportresults.yaml`.

use crate::models::Objectimportresult2;

/// Response Body for Config Import command.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Spconfigimportresults {
    /// The results of an object configuration import job.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub results: std::collections::BTreeMap<String, Objectimportresult2>,
    /// If a backup was performed before the import, this will contain the jobId of the backup job. This id can be used to retrieve the json file of the backup export.
    #[serde(rename = "exportJobId", skip_serializing_if = "Option::is_none")]
    pub export_job_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Spconfigimportresults {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        results: std::collections::BTreeMap<String, Objectimportresult2>,
    ) -> Self {
        Spconfigimportresults {
            results,
            export_job_id: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Spconfigimportresults {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Spconfigimportresults {
    const NAME: &'static str = "Spconfigimportresults";

    #[inline]
    fn empty() -> Self {
        Spconfigimportresults {
            results: Default::default(),
            export_job_id: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "results" => {
                self.results = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "exportJobId" => {
                self.export_job_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
