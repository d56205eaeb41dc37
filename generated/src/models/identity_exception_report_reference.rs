//! `IdentityExceptionReportReference`, from `beta/schemas/IdentityExceptionReportReference.yaml`.

/// `IdentityExceptionReportReference` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityExceptionReportReference {
    /// Task result ID.
    #[serde(
        rename = "taskResultId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub task_result_id: Option<String>,
    /// Report name.
    #[serde(
        rename = "reportName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub report_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityExceptionReportReference {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityExceptionReportReference {
            task_result_id: None,
            report_name: None,
            additional_properties: Default::default(),
        }
    }
}
