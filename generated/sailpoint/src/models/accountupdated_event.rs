//! `AccountupdatedEvent`, from `apis/triggers/schemas/accountupdated.yaml#/properties/event`.

use crate::models::{AccountupdatedEventCause, AccountupdatedEventType};

/// Details about the event.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountupdatedEvent {
    /// The type of event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccountupdatedEventType>,
    /// The cause of the event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<AccountupdatedEventCause>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountupdatedEvent {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: AccountupdatedEventType,
        cause: AccountupdatedEventCause,
    ) -> Self {
        AccountupdatedEvent {
            r#type: Some(r#type),
            cause: Some(cause),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccountupdatedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountupdatedEvent {
    const NAME: &'static str = "AccountupdatedEvent";

    #[inline]
    fn empty() -> Self {
        AccountupdatedEvent {
            r#type: None,
            cause: None,
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
            "cause" => self.cause = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
