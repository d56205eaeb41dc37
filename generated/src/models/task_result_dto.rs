//! `TaskResultDto`, from `v3/schemas/TaskResultDto.yaml`.

use crate::models::TaskResultDtoType;

/// Task result.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TaskResultDto {
    /// Task result DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TaskResultDtoType>,
    /// Task result ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Task result display name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl TaskResultDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TaskResultDto {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
