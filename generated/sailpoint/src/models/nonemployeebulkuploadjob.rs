//! `Nonemployeebulkuploadjob`, from `apis/non-employee-lifecycle-management/schemas/nonemployeebulkuploadjob.yaml`.

use crate::models::NonemployeebulkuploadjobStatus;

/// `Nonemployeebulkuploadjob` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nonemployeebulkuploadjob {
    /// The bulk upload job's ID. (UUID)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the source to bulk-upload non-employees to. (UUID)
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The date-time the job was submitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date-time that the job was last updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Returns the following values indicating the progress or result of the bulk upload job.
    /// "PENDING" means the job is queued and waiting to be processed.
    /// "IN_PROGRESS" means the job is currently being processed.
    /// "COMPLETED" means the job has been completed without any errors.
    /// "ERROR" means the job failed to process with errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<NonemployeebulkuploadjobStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nonemployeebulkuploadjob {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Nonemployeebulkuploadjob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nonemployeebulkuploadjob {
    const NAME: &'static str = "Nonemployeebulkuploadjob";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
