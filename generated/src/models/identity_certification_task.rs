//! `IdentityCertificationTask`, from `beta/schemas/IdentityCertificationTask.yaml`.

use crate::models::{IdentityCertificationTaskStatus, IdentityCertificationTaskType};

/// `IdentityCertificationTask` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityCertificationTask {
    /// The task id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The certification id
    #[serde(
        rename = "certificationId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub certification_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<IdentityCertificationTaskType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<IdentityCertificationTaskStatus>,
    /// Any errors executing the task (Optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityCertificationTask {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityCertificationTask {
            id: None,
            certification_id: None,
            r#type: None,
            status: None,
            errors: None,
            additional_properties: Default::default(),
        }
    }
}
