//! `SedApproval`, from `beta/schemas/SedApproval.yaml`.

/// Sed Approval Request Body
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SedApproval {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedApproval {
            items: None,
            additional_properties: Default::default(),
        }
    }
}
