//! `Backupresponse`, from `apis/configuration-hub/schemas/backupresponse.yaml`.

use crate::models::{
    Backupoptions, BackupresponseBackupType, BackupresponseCloudStorageStatus,
    BackupresponseHydrationStatus, BackupresponseStatus, BackupresponseType,
};

/// `Backupresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Backupresponse {
    /// Unique id assigned to this backup.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// Status of the backup.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<BackupresponseStatus>,
    /// Type of the job, will always be BACKUP for this type of job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<BackupresponseType>,
    /// The name of the tenant performing the upload
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// The name of the requester.
    #[serde(rename = "requesterName", skip_serializing_if = "Option::is_none")]
    pub requester_name: Option<String>,
    /// Whether or not a file was created and stored for this backup.
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
    /// The name assigned to the upload file in the request body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether this backup can be deleted by a regular user.
    #[serde(rename = "userCanDelete", skip_serializing_if = "Option::is_none")]
    pub user_can_delete: Option<bool>,
    /// Whether this backup contains all supported object types or only some of them.
    #[serde(rename = "isPartial", skip_serializing_if = "Option::is_none")]
    pub is_partial: Option<bool>,
    /// Denotes how this backup was created.
    /// - MANUAL - The backup was created by a user.
    /// - AUTOMATED - The backup was created by devops.
    /// - AUTOMATED_DRAFT - The backup was created during a draft process.
    /// - UPLOADED - The backup was created by uploading an existing configuration file.
    #[serde(rename = "backupType", skip_serializing_if = "Option::is_none")]
    pub backup_type: Option<BackupresponseBackupType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Backupoptions>,
    /// Whether the object details of this backup are ready.
    #[serde(rename = "hydrationStatus", skip_serializing_if = "Option::is_none")]
    pub hydration_status: Option<BackupresponseHydrationStatus>,
    /// Number of objects contained in this backup.
    #[serde(rename = "totalObjectCount", skip_serializing_if = "Option::is_none")]
    pub total_object_count: Option<i64>,
    /// Whether this backup has been transferred to a customer storage location.
    #[serde(rename = "cloudStorageStatus", skip_serializing_if = "Option::is_none")]
    pub cloud_storage_status: Option<BackupresponseCloudStorageStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Backupresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Backupresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Backupresponse {
    const NAME: &'static str = "Backupresponse";

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
            "tenant" => self.tenant = map.next_value_seed(crate::lenient::TextOption)?,
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
            "userCanDelete" => {
                self.user_can_delete = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "isPartial" => {
                self.is_partial = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "backupType" => self.backup_type = map.next_value()?,
            "options" => self.options = map.next_value()?,
            "hydrationStatus" => self.hydration_status = map.next_value()?,
            "totalObjectCount" => self.total_object_count = map.next_value()?,
            "cloudStorageStatus" => self.cloud_storage_status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
