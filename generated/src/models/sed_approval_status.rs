//! `SedApprovalStatus`, from `beta/schemas/SedApprovalStatus.yaml`.

/// SED Approval Status
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SedApprovalStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedApprovalStatus {
            failed_reason: None,
            id: None,
            status: None,
            additional_properties: Default::default(),
        }
    }
}
