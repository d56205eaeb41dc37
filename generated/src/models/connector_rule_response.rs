//! `ConnectorRuleResponse`, from `beta/schemas/ConnectorRuleResponse.yaml`.

use crate::models::{
    ConnectorRuleCreateRequestSignature, ConnectorRuleCreateRequestType, SourceCode,
};

/// ConnectorRuleResponse
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConnectorRuleResponse {
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
    /// the ID of the rule
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// an ISO 8601 UTC timestamp when this rule was created
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub created: String,
    /// an ISO 8601 UTC timestamp when this rule was last modified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub modified: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConnectorRuleResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        name: impl Into<String>,
        r#type: ConnectorRuleCreateRequestType,
        source_code: SourceCode,
        id: impl Into<String>,
        created: impl Into<String>,
    ) -> Self {
        ConnectorRuleResponse {
            name: name.into(),
            description: None,
            r#type: Some(r#type),
            signature: None,
            source_code: Some(source_code),
            attributes: None,
            id: id.into(),
            created: created.into(),
            modified: None,
            additional_properties: Default::default(),
        }
    }
}
