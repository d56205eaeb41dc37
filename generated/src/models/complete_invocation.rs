//! `CompleteInvocation`, from `beta/schemas/CompleteInvocation.yaml`.

/// `CompleteInvocation` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CompleteInvocation {
    /// Unique invocation secret that was generated when the invocation was created. Required to authenticate to the endpoint.
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
    #[serde(default)]
    pub output: serde_json::Map<String, serde_json::Value>,
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
        }
    }
}
