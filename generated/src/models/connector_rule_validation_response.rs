//! `ConnectorRuleValidationResponse`, from `beta/schemas/ConnectorRuleValidationResponse.yaml`.

use crate::models::{
    ConnectorRuleValidationResponseDetailsInner, ConnectorRuleValidationResponseState,
};

/// ConnectorRuleValidationResponse
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConnectorRuleValidationResponse {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ConnectorRuleValidationResponseState>,
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub details: Vec<ConnectorRuleValidationResponseDetailsInner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConnectorRuleValidationResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        state: ConnectorRuleValidationResponseState,
        details: Vec<ConnectorRuleValidationResponseDetailsInner>,
    ) -> Self {
        ConnectorRuleValidationResponse {
            state: Some(state),
            details,
            additional_properties: Default::default(),
        }
    }
}
