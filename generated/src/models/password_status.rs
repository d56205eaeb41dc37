//! `PasswordStatus`, from `beta/schemas/PasswordStatus.yaml`.

use crate::models::PasswordStatusState;

/// `PasswordStatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PasswordStatus {
    /// The password change request ID
    #[serde(
        rename = "requestId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub request_id: Option<String>,
    /// Password change state
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<PasswordStatusState>,
    /// The errors during the password change request
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    /// List of source IDs in the password change request
    #[serde(rename = "sourceIds", default, skip_serializing_if = "Option::is_none")]
    pub source_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PasswordStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PasswordStatus {
            request_id: None,
            state: None,
            errors: None,
            source_ids: None,
            additional_properties: Default::default(),
        }
    }
}
