//! `ConnectorRuleCreateRequestSignature`, from `beta/schemas/ConnectorRuleCreateRequest.yaml#/properties/signature`.

use crate::models::Argument;

/// The rule's function signature. Describes the rule's input arguments and output (if any)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConnectorRuleCreateRequestSignature {
    #[serde(default)]
    pub input: Vec<Argument>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<Argument>,
}

impl ConnectorRuleCreateRequestSignature {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(input: Vec<Argument>) -> Self {
        ConnectorRuleCreateRequestSignature {
            input,
            output: None,
        }
    }
}
