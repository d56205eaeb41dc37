//! `SedApprovalStatus`, from `beta/schemas/SedApprovalStatus.yaml`.

/// SED Approval Status
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SedApprovalStatus {
    /// failed reason will be display if status is failed
    #[serde(
        rename = "failedReason",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub failed_reason: Option<String>,
    /// Sed id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// SUCCESS | FAILED
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub status: Option<String>,
}

impl SedApprovalStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedApprovalStatus {
            failed_reason: None,
            id: None,
            status: None,
        }
    }
}
