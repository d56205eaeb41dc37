//! `Deployresponse`, from `apis/configuration-hub/schemas/deployresponse.yaml`.

use crate::models::{
    DeployresponseCloudStorageStatus, DeployresponseStatus, DeployresponseType,
};

/// `Deployresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Deployresponse {
    /// Unique id assigned to this job.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// Status of the job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<DeployresponseStatus>,
    /// Type of the job, will always be CONFIG_DEPLOY_DRAFT for this type of job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DeployresponseType>,
    /// Message providing information about the outcome of the deploy process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The name of the user that initiated the deploy process.
    #[serde(rename = "requesterName", skip_serializing_if = "Option::is_none")]
    pub requester_name: Option<String>,
    /// Whether or not a results file was created and stored for this deploy.
    #[serde(rename = "fileExists", skip_serializing_if = "Option::is_none")]
    pub file_exists: Option<bool>,
    /// The time the job was started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time of the last update to the job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The time the job was completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// The id of the draft that was used for this deploy.
    #[serde(rename = "draftId", skip_serializing_if = "Option::is_none")]
    pub draft_id: Option<String>,
    /// The name of the draft that was used for this deploy.
    #[serde(rename = "draftName", skip_serializing_if = "Option::is_none")]
    pub draft_name: Option<String>,
    /// Whether this deploy results file has been transferred to a customer storage location.
    #[serde(rename = "cloudStorageStatus", skip_serializing_if = "Option::is_none")]
    pub cloud_storage_status: Option<DeployresponseCloudStorageStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Deployresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Deployresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Deployresponse {
    const NAME: &'static str = "Deployresponse";

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
            "jobId" => self.job_id = map.next_value_seed(crate::lenient::TextOption)?,
            "status" => self.status = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "message" => self.message = map.next_value_seed(crate::lenient::TextOption)?,
            "requesterName" => {
                self.requester_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "fileExists" => {
                self.file_exists = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "completed" => {
                self.completed = map.next_value_seed(crate::datetime::Optional)?;
            }
            "draftId" => self.draft_id = map.next_value_seed(crate::lenient::TextOption)?,
            "draftName" => {
                self.draft_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "cloudStorageStatus" => self.cloud_storage_status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
