//! `Trigger`, from `beta/schemas/Trigger.yaml`.

use crate::models::{TriggerExampleInput, TriggerExampleOutput, TriggerType};

/// `Trigger` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Trigger {
    /// Unique identifier of the trigger.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Trigger Name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    pub r#type: TriggerType,
    /// Trigger Description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The JSON schema of the payload that will be sent by the trigger to the subscribed service.
    #[serde(
        rename = "inputSchema",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub input_schema: String,
    /// An example of the JSON payload that will be sent by the trigger to the subscribed service.
    #[serde(rename = "exampleInput")]
    pub example_input: TriggerExampleInput,
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
            r#type,
            description: None,
            input_schema: input_schema.into(),
            example_input,
            output_schema: None,
            example_output: None,
        }
    }
}
