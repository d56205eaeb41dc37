//! `Accessitemremoved`, from `apis/identity-history/schemas/accessitemremoved.yaml`.

use crate::models::{
    AccessitemremovedAccessItem, AccessitemremovedAccessItemType,
    Correlatedgovernanceevent,
};

/// `Accessitemremoved` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessitemremoved {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accessItem", skip_serializing_if = "Option::is_none")]
    pub access_item: Option<AccessitemremovedAccessItem>,
    /// the identity id
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// the event type
    #[serde(rename = "eventType", skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// the date of event
    #[serde(rename = "dateTime", skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// the access item type
    #[serde(rename = "accessItemType", skip_serializing_if = "Option::is_none")]
    pub access_item_type: Option<AccessitemremovedAccessItemType>,
    #[serde(rename = "governanceEvent", skip_serializing_if = "Option::is_none")]
    pub governance_event: Option<Correlatedgovernanceevent>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessitemremoved {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(access_item: AccessitemremovedAccessItem) -> Self {
        Accessitemremoved {
            access_item: Some(access_item),
            identity_id: None,
            event_type: None,
            date_time: None,
            access_item_type: None,
            governance_event: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessitemremoved {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessitemremoved {
    const NAME: &'static str = "Accessitemremoved";

    #[inline]
    fn empty() -> Self {
        Accessitemremoved {
            access_item: None,
            identity_id: None,
            event_type: None,
            date_time: None,
            access_item_type: None,
            governance_event: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "accessItem" => self.access_item = map.next_value()?,
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "eventType" => {
                self.event_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "dateTime" => {
                self.date_time = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accessItemType" => self.access_item_type = map.next_value()?,
            "governanceEvent" => self.governance_event = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
