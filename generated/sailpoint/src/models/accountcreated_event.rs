//! `AccountcreatedEvent`, from `apis/triggers/schemas/accountcreated.yaml#/properties/event`.

use crate::models::{AccountcreatedEventCause, AccountcreatedEventType};

/// Details about the event.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountcreatedEvent {
    /// The type of event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccountcreatedEventType>,
    /// The cause of the event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<AccountcreatedEventCause>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountcreatedEvent {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: AccountcreatedEventType,
        cause: AccountcreatedEventCause,
    ) -> Self {
        AccountcreatedEvent {
            r#type: Some(r#type),
            cause: Some(cause),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccountcreatedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountcreatedEvent {
    const NAME: &'static str = "AccountcreatedEvent";

    #[inline]
    fn empty() -> Self {
        AccountcreatedEvent {
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
