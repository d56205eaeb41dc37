//! `ConnectorRuleCreateRequest`, from `beta/schemas/ConnectorRuleCreateRequest.yaml`.

use crate::models::{
    ConnectorRuleCreateRequestSignature, ConnectorRuleCreateRequestType, SourceCode,
};

/// ConnectorRuleCreateRequest
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ConnectorRuleCreateRequest {
    /// the name of the rule
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// a description of the rule's purpose
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// the type of rule
    pub r#type: ConnectorRuleCreateRequestType,
    /// The rule's function signature. Describes the rule's input arguments and output (if any)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<ConnectorRuleCreateRequestSignature>,
    #[serde(rename = "sourceCode")]
    pub source_code: SourceCode,
    /// a map of string to objects
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

impl ConnectorRuleCreateRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        name: impl Into<String>,
        r#type: ConnectorRuleCreateRequestType,
        source_code: SourceCode,
    ) -> Self {
        ConnectorRuleCreateRequest {
            name: name.into(),
            description: None,
            r#type,
            signature: None,
            source_code,
            attributes: None,
        }
    }
}
