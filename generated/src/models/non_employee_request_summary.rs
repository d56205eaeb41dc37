//! `NonEmployeeRequestSummary`, from `beta/schemas/NonEmployeeRequestSummary.yaml`.

/// `NonEmployeeRequestSummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeRequestSummary {
    /// The number of approved non-employee requests on all sources that *requested-for* user manages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved: Option<f64>,
    /// The number of rejected non-employee requests on all sources that *requested-for* user manages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejected: Option<f64>,
    /// The number of pending non-employee requests on all sources that *requested-for* user manages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<f64>,
    /// The number of non-employee records on all sources that *requested-for* user manages.
    #[serde(
        rename = "nonEmployeeCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub non_employee_count: Option<f64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeRequestSummary {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NonEmployeeRequestSummary {
            approved: None,
            rejected: None,
            pending: None,
            non_employee_count: None,
            additional_properties: Default::default(),
        }
    }
}
