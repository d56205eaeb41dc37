//! `ConnectorRuleCreateRequestSignature`, from `beta/schemas/ConnectorRuleCreateRequest.yaml#/properties/signature`.

use crate::models::Argument;

/// The rule's function signature. Describes the rule's input arguments and output (if any)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConnectorRuleCreateRequestSignature {
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub input: Vec<Argument>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<Argument>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConnectorRuleCreateRequestSignature {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(input: Vec<Argument>) -> Self {
        ConnectorRuleCreateRequestSignature {
            input,
            output: None,
            additional_properties: Default::default(),
        }
    }
}
