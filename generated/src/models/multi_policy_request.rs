//! `MultiPolicyRequest`, from `beta/schemas/MultiPolicyRequest.yaml`.

/// `MultiPolicyRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MultiPolicyRequest {
    /// Multi-policy report will be run for this list of ids
    #[serde(
        rename = "filteredPolicyList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub filtered_policy_list: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MultiPolicyRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MultiPolicyRequest {
            filtered_policy_list: None,
            additional_properties: Default::default(),
        }
    }
}
