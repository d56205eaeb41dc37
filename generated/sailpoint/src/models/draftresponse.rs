//! `Draftresponse`, from `apis/configuration-hub/schemas/draftresponse.yaml`.

use crate::models::{
    Approvalcomment, DraftresponseApprovalStatus, DraftresponseMode, DraftresponseStatus,
    DraftresponseType,
};

/// `Draftresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Draftresponse {
    /// Unique id assigned to this job.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// Status of the job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<DraftresponseStatus>,
    /// Type of the job, will always be CREATE_DRAFT for this type of job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DraftresponseType>,
    /// Message providing information about the outcome of the draft process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The name of user that that initiated the draft process.
    #[serde(rename = "requesterName", skip_serializing_if = "Option::is_none")]
    pub requester_name: Option<String>,
    /// Whether or not a file was generated for this draft.
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
    /// Name of the draft.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Tenant owner of the backup from which the draft was generated.
    #[serde(rename = "sourceTenant", skip_serializing_if = "Option::is_none")]
    pub source_tenant: Option<String>,
    /// Id of the backup from which the draft was generated.
    #[serde(rename = "sourceBackupId", skip_serializing_if = "Option::is_none")]
    pub source_backup_id: Option<String>,
    /// Name of the backup from which the draft was generated.
    #[serde(rename = "sourceBackupName", skip_serializing_if = "Option::is_none")]
    pub source_backup_name: Option<String>,
    /// Denotes the origin of the source backup from which the draft was generated.
    /// - RESTORE - Same tenant.
    /// - PROMOTE - Different tenant.
    /// - UPLOAD - Uploaded configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<DraftresponseMode>,
    /// Approval status of the draft used to determine whether or not the draft can be deployed.
    #[serde(rename = "approvalStatus", skip_serializing_if = "Option::is_none")]
    pub approval_status: Option<DraftresponseApprovalStatus>,
    /// List of comments that have been exchanged between an approval requester and an approver.
    #[serde(rename = "approvalComment", skip_serializing_if = "Option::is_none")]
    pub approval_comment: Option<Vec<Approvalcomment>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Draftresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Draftresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Draftresponse {
    const NAME: &'static str = "Draftresponse";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "sourceTenant" => {
                self.source_tenant = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceBackupId" => {
                self.source_backup_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceBackupName" => {
                self.source_backup_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "mode" => self.mode = map.next_value()?,
            "approvalStatus" => self.approval_status = map.next_value()?,
            "approvalComment" => self.approval_comment = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
