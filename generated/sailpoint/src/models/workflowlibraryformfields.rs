//! `Workflowlibraryformfields`, from `apis/workflows/schemas/workflowlibraryformfields.yaml`.

use crate::models::WorkflowlibraryformfieldsType;

/// `Workflowlibraryformfields` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workflowlibraryformfields {
    /// Description of the form field
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Describes the form field in the UI
    #[serde(rename = "helpText", skip_serializing_if = "Option::is_none")]
    pub help_text: Option<String>,
    /// A human readable name for this form field in the UI
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The name of the input attribute
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Denotes if this field is a required attribute
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// The type of the form field
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkflowlibraryformfieldsType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workflowlibraryformfields {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Workflowlibraryformfields {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workflowlibraryformfields {
    const NAME: &'static str = "Workflowlibraryformfields";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "helpText" => {
                self.help_text = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "label" => self.label = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "required" => {
                self.required = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
