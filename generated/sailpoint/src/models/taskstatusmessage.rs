//! `Taskstatusmessage`, from `apis/shared/schemas/taskstatusmessage.yaml`.

use crate::models::{
    Localizedmessage, TaskstatusmessageParametersInner, TaskstatusmessageType,
};

/// TaskStatus Message
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Taskstatusmessage {
    /// Type of the message
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TaskstatusmessageType>,
    /// Localized form of the message
    #[serde(rename = "localizedText")]
    pub localized_text: Option<Localizedmessage>,
    /// Key of the message
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub key: String,
    /// Message parameters for internationalization
    pub parameters: Option<Vec<TaskstatusmessageParametersInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Taskstatusmessage {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: TaskstatusmessageType, key: impl Into<String>) -> Self {
        Taskstatusmessage {
            r#type: Some(r#type),
            localized_text: None,
            key: key.into(),
            parameters: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Taskstatusmessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Taskstatusmessage {
    const NAME: &'static str = "Taskstatusmessage";

    #[inline]
    fn empty() -> Self {
        Taskstatusmessage {
            r#type: None,
            localized_text: None,
            key: Default::default(),
            parameters: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "localizedText" => self.localized_text = map.next_value()?,
            "key" => self.key = map.next_value_seed(crate::lenient::Text)?,
            "parameters" => self.parameters = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
