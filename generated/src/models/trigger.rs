//! `Trigger`, from `beta/schemas/Trigger.yaml`.

use crate::models::{TriggerExampleInput, TriggerExampleOutput, TriggerType};

/// `Trigger` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Trigger {
    /// Unique identifier of the trigger.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Trigger Name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TriggerType>,
    /// Trigger Description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The JSON schema of the payload that will be sent by the trigger to the subscribed service.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "inputSchema",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub input_schema: String,
    /// An example of the JSON payload that will be sent by the trigger to the subscribed service.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "exampleInput", default, skip_serializing_if = "Option::is_none")]
    pub example_input: Option<TriggerExampleInput>,
    /// The JSON schema of the response that will be sent by the subscribed service to the trigger in response to an event.  This only applies to a trigger type of `REQUEST_RESPONSE`.
    #[serde(
        rename = "outputSchema",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub output_schema: Option<String>,
    /// An example of the JSON payload that will be sent by the subscribed service to the trigger in response to an event.
    #[serde(rename = "exampleOutput", default, skip_serializing_if = "Option::is_none")]
    pub example_output: Option<TriggerExampleOutput>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Trigger {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: TriggerType,
        input_schema: impl Into<String>,
        example_input: TriggerExampleInput,
    ) -> Self {
        Trigger {
            id: id.into(),
            name: name.into(),
            r#type: Some(r#type),
            description: None,
            input_schema: input_schema.into(),
            example_input: Some(example_input),
            output_schema: None,
            example_output: None,
            additional_properties: Default::default(),
        }
    }
}
