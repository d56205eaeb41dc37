//! `NonEmployeeRejectApprovalDecision`, from `beta/schemas/NonEmployeeRejectApprovalDecision.yaml`.

/// `NonEmployeeRejectApprovalDecision` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeRejectApprovalDecision {
    /// Comment on the approval item.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub comment: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeRejectApprovalDecision {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(comment: impl Into<String>) -> Self {
        NonEmployeeRejectApprovalDecision {
            comment: comment.into(),
            additional_properties: Default::default(),
        }
    }
}
