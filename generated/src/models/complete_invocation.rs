//! `CompleteInvocation`, from `beta/schemas/CompleteInvocation.yaml`.

/// `CompleteInvocation` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CompleteInvocation {
    /// Unique invocation secret that was generated when the invocation was created. Required to authenticate to the endpoint.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub secret: String,
    /// The error message to indicate a failed invocation or error if any.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub error: Option<String>,
    /// Trigger output to complete the invocation. Its schema is defined in the trigger definition.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub output: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CompleteInvocation {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        secret: impl Into<String>,
        output: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        CompleteInvocation {
            secret: secret.into(),
            error: None,
            output,
            additional_properties: Default::default(),
        }
    }
}
