//! `ApprovalInfoResponse`, from `beta/schemas/ApprovalInfoResponse.yaml`.

/// `ApprovalInfoResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApprovalInfoResponse {
    /// the id of approver
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the name of approver
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// the status of the approval request
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

impl ApprovalInfoResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ApprovalInfoResponse {
            id: None,
            name: None,
            status: None,
            additional_properties: Default::default(),
        }
    }
}
