//! `SedApproval`, from `beta/schemas/SedApproval.yaml`.

/// Sed Approval Request Body
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SedApproval {
    /// List of SED id's
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::one_or_many_option"
    )]
    pub items: Option<Vec<String>>,
}

impl SedApproval {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedApproval { items: None }
    }
}
