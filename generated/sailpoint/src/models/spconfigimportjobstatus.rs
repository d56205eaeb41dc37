//! `Spconfigimportjobstatus`, from `apis/sp-config/schemas/spconfigimportjobstatus.yaml`.

use crate::models::{SpconfigjobStatus, SpconfigjobType};

/// `Spconfigimportjobstatus` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Spconfigimportjobstatus {
    /// Unique id assigned to this job.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "jobId")]
    pub job_id: String,
    /// Status of the job.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SpconfigjobStatus>,
    /// Type of the job, either export or import.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SpconfigjobType>,
    /// The time until which the artifacts will be available for download.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<chrono::DateTime<chrono::Utc>>,
    /// The time the job was started.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time of the last update to the job.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// This message contains additional information about the overall status of the job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The time the job was completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Spconfigimportjobstatus {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        job_id: impl Into<String>,
        status: SpconfigjobStatus,
        r#type: SpconfigjobType,
        created: chrono::DateTime<chrono::Utc>,
        modified: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Spconfigimportjobstatus {
            job_id: job_id.into(),
            status: Some(status),
            r#type: Some(r#type),
            expiration: None,
            created: Some(created),
            modified: Some(modified),
            message: None,
            completed: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Spconfigimportjobstatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Spconfigimportjobstatus {
    const NAME: &'static str = "Spconfigimportjobstatus";

    #[inline]
    fn empty() -> Self {
        Spconfigimportjobstatus {
            job_id: Default::default(),
            status: None,
            r#type: None,
            expiration: None,
            created: None,
            modified: None,
            message: None,
            completed: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "jobId" => self.job_id = map.next_value_seed(crate::lenient::Text)?,
            "status" => self.status = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "expiration" => {
                self.expiration = map.next_value_seed(crate::datetime::Optional)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "message" => self.message = map.next_value_seed(crate::lenient::TextOption)?,
            "completed" => {
                self.completed = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
