//! `Attributeschanged`, from `apis/identity-history/schemas/attributeschanged.yaml`.

use crate::models::Attributechange;

/// `Attributeschanged` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Attributeschanged {
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "attributeChanges")]
    pub attribute_changes: Vec<Attributechange>,
    /// the event type
    #[serde(rename = "eventType", skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// the identity id
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// the date of event
    #[serde(rename = "dateTime", skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Attributeschanged {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(attribute_changes: Vec<Attributechange>) -> Self {
        Attributeschanged {
            attribute_changes,
            event_type: None,
            identity_id: None,
            date_time: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Attributeschanged {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Attributeschanged {
    const NAME: &'static str = "Attributeschanged";

    #[inline]
    fn empty() -> Self {
        Attributeschanged {
            attribute_changes: Default::default(),
            event_type: None,
            identity_id: None,
            date_time: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "attributeChanges" => {
                self.attribute_changes = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "eventType" => {
                self.event_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "dateTime" => {
                self.date_time = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
