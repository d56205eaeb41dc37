//! `ConnectorRuleValidationResponse`, from `beta/schemas/ConnectorRuleValidationResponse.yaml`.

use crate::models::{
    ConnectorRuleValidationResponseDetailsInner, ConnectorRuleValidationResponseState,
};

/// ConnectorRuleValidationResponse
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConnectorRuleValidationResponse {
    pub state: ConnectorRuleValidationResponseState,
    #[serde(default)]
    pub details: Vec<ConnectorRuleValidationResponseDetailsInner>,
}

impl ConnectorRuleValidationResponse {
    /// Builds the value from its required fields.
    pub fn new(
        state: ConnectorRuleValidationResponseState,
        details: Vec<ConnectorRuleValidationResponseDetailsInner>,
    ) -> Self {
        ConnectorRuleValidationResponse {
            state,
            details,
        }
    }
}
