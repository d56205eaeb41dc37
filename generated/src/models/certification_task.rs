//! `CertificationTask`, from `beta/schemas/CertificationTask.yaml`.

use crate::models::{
    CertificationTaskStatus, CertificationTaskTargetType, CertificationTaskType,
    V3ErrorMessageDtoList,
};

/// `CertificationTask` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CertificationTask {
    /// The ID of the certification task.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The type of the certification task. More values may be added in the future.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CertificationTaskType>,
    /// The type of item that is being operated on by this task whose ID is stored in the targetId field.
    #[serde(rename = "targetType", default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<CertificationTaskTargetType>,
    /// The ID of the item being operated on by this task.
    #[serde(
        rename = "targetId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub target_id: Option<String>,
    /// The status of the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CertificationTaskStatus>,
    /// A list of errors that have been encountered by the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<V3ErrorMessageDtoList>,
    /// The date and time on which this task was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CertificationTask {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CertificationTask {
            id: None,
            r#type: None,
            target_type: None,
            target_id: None,
            status: None,
            errors: None,
            created: None,
            additional_properties: Default::default(),
        }
    }
}
