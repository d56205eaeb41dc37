//! `TaskresultdetailsMessagesInner`, from `apis/reports-data-extraction/schemas/taskresultdetails.yaml#/properties/messages/items`.

use crate::models::TaskresultdetailsMessagesInnerType;

/// `TaskresultdetailsMessagesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TaskresultdetailsMessagesInner {
    /// Type of the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TaskresultdetailsMessagesInnerType>,
    /// Flag whether message is an error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<bool>,
    /// Flag whether message is a warning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<bool>,
    /// Message string identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Message context with the locale based language.
    #[serde(rename = "localizedText", skip_serializing_if = "Option::is_none")]
    pub localized_text: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskresultdetailsMessagesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for TaskresultdetailsMessagesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TaskresultdetailsMessagesInner {
    const NAME: &'static str = "TaskresultdetailsMessagesInner";

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
            "type" => self.r#type = map.next_value()?,
            "error" => self.error = map.next_value_seed(crate::lenient::FlagOption)?,
            "warning" => self.warning = map.next_value_seed(crate::lenient::FlagOption)?,
            "key" => self.key = map.next_value_seed(crate::lenient::TextOption)?,
            "localizedText" => {
                self.localized_text = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
