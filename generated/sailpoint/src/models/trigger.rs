//! `Trigger`, from `apis/triggers/schemas/trigger.yaml`.

use crate::models::{TriggerExampleInput, TriggerExampleOutput, Triggertype};

/// `Trigger` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Trigger {
    /// Unique identifier of the trigger.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Trigger Name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Triggertype>,
    /// Trigger Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The JSON schema of the payload that will be sent by the trigger to the subscribed service.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "inputSchema")]
    pub input_schema: String,
    /// An example of the JSON payload that will be sent by the trigger to the subscribed service.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "exampleInput", skip_serializing_if = "Option::is_none")]
    pub example_input: Option<TriggerExampleInput>,
    /// The JSON schema of the response that will be sent by the subscribed service to the trigger in response to an event.  This only applies to a trigger type of `REQUEST_RESPONSE`.
    #[serde(rename = "outputSchema", skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<String>,
    /// An example of the JSON payload that will be sent by the subscribed service to the trigger in response to an event.
    #[serde(rename = "exampleOutput", skip_serializing_if = "Option::is_none")]
    pub example_output: Option<TriggerExampleOutput>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Trigger {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: Triggertype,
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

impl<'de> serde::Deserialize<'de> for Trigger {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Trigger {
    const NAME: &'static str = "Trigger";

    #[inline]
    fn empty() -> Self {
        Trigger {
            id: Default::default(),
            name: Default::default(),
            r#type: None,
            description: None,
            input_schema: Default::default(),
            example_input: None,
            output_schema: None,
            example_output: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "inputSchema" => {
                self.input_schema = map.next_value_seed(crate::lenient::Text)?;
            }
            "exampleInput" => self.example_input = map.next_value()?,
            "outputSchema" => {
                self.output_schema = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "exampleOutput" => self.example_output = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
