//! `SedApproval`, from `beta/schemas/SedApproval.yaml`.

/// Sed Approval Request Body
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SedApproval {
    /// List of SED id's
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<String>>,
}

impl SedApproval {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedApproval { items: None }
    }
}
