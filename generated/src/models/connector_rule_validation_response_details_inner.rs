//! `ConnectorRuleValidationResponseDetailsInner`, from `beta/schemas/ConnectorRuleValidationResponse.yaml#/properties/details/items`.

/// CodeErrorDetail
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConnectorRuleValidationResponseDetailsInner {
    /// The line number where the issue occurred
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub line: i64,
    /// the column number where the issue occurred
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub column: i64,
    /// a description of the issue in the code
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub messsage: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConnectorRuleValidationResponseDetailsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(line: i64, column: i64) -> Self {
        ConnectorRuleValidationResponseDetailsInner {
            line,
            column,
            messsage: None,
            additional_properties: Default::default(),
        }
    }
}
