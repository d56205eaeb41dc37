//! `NonEmployeeApprovalSummary`, from `beta/schemas/NonEmployeeApprovalSummary.yaml`.

/// `NonEmployeeApprovalSummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeApprovalSummary {
    /// The number of approved non-employee approval requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved: Option<f64>,
    /// The number of pending non-employee approval requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<f64>,
    /// The number of rejected non-employee approval requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejected: Option<f64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeApprovalSummary {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NonEmployeeApprovalSummary {
            approved: None,
            pending: None,
            rejected: None,
            additional_properties: Default::default(),
        }
    }
}
