//! `AccessRequestDynamicApprovalResponse`, from `beta/schemas/trigger/example-input/AccessRequestDynamicApprovalResponse.yaml`.

use crate::models::AccessRequestDynamicApprovalResponseType;

/// `AccessRequestDynamicApprovalResponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestDynamicApprovalResponse {
    /// Unique identifier of the approver to add to the approval process. If there is none, send an empty value "".
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Type of approver to add to the approval process. If there is none, send an empty value "".
    pub r#type: AccessRequestDynamicApprovalResponseType,
    /// Name of the approver to add to the approval process. If there is none, send an empty value "".
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl AccessRequestDynamicApprovalResponse {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        r#type: AccessRequestDynamicApprovalResponseType,
        name: impl Into<String>,
    ) -> Self {
        AccessRequestDynamicApprovalResponse {
            id: id.into(),
            r#type,
            name: name.into(),
        }
    }
}
