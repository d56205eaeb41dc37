//! `ExampleOutputAccessRequestPreApproval`, from `beta/schemas/trigger/example-output/AccessRequestPreApproval.yaml`.

/// `ExampleOutputAccessRequestPreApproval` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ExampleOutputAccessRequestPreApproval {
    /// Whether or not to approve the access request.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub approved: bool,
    /// A comment about the decision to approve or deny the request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub comment: String,
    /// The name of the entity that approved or denied the request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub approver: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ExampleOutputAccessRequestPreApproval {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        approved: bool,
        comment: impl Into<String>,
        approver: impl Into<String>,
    ) -> Self {
        ExampleOutputAccessRequestPreApproval {
            approved,
            comment: comment.into(),
            approver: approver.into(),
            additional_properties: Default::default(),
        }
    }
}
