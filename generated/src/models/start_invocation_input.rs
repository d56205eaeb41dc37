//! `StartInvocationInput`, from `beta/schemas/StartInvocationInput.yaml`.

/// `StartInvocationInput` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StartInvocationInput {
    /// Trigger ID
    #[serde(
        rename = "triggerId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub trigger_id: Option<String>,
    /// Trigger input payload. Its schema is defined in the trigger definition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<serde_json::Map<String, serde_json::Value>>,
    /// JSON map of invocation metadata
    #[serde(rename = "contentJson", default, skip_serializing_if = "Option::is_none")]
    pub content_json: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl StartInvocationInput {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        StartInvocationInput {
            trigger_id: None,
            input: None,
            content_json: None,
            additional_properties: Default::default(),
        }
    }
}
