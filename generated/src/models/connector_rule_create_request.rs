//! `ConnectorRuleCreateRequest`, from `beta/schemas/ConnectorRuleCreateRequest.yaml`.

use crate::models::{
    ConnectorRuleCreateRequestSignature, ConnectorRuleCreateRequestType, SourceCode,
};

/// ConnectorRuleCreateRequest
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConnectorRuleCreateRequest {
    /// the name of the rule
    ///
    /// A server's absent or `null` member reads as an empty string.
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
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ConnectorRuleCreateRequestType>,
    /// The rule's function signature. Describes the rule's input arguments and output (if any)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<ConnectorRuleCreateRequestSignature>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "sourceCode", default, skip_serializing_if = "Option::is_none")]
    pub source_code: Option<SourceCode>,
    /// a map of string to objects
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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
            r#type: Some(r#type),
            signature: None,
            source_code: Some(source_code),
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}
