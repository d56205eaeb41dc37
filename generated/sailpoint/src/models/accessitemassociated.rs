//! `Accessitemassociated`, from `apis/identity-history/schemas/accessitemassociated.yaml`.

use crate::models::{
    AccessitemassociatedAccessItem, AccessitemassociatedAccessItemType,
    Correlatedgovernanceevent,
};

/// `Accessitemassociated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessitemassociated {
    /// the event type
    #[serde(rename = "eventType", skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// the date of event
    #[serde(rename = "dateTime", skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// the identity id
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accessItem", skip_serializing_if = "Option::is_none")]
    pub access_item: Option<AccessitemassociatedAccessItem>,
    #[serde(rename = "governanceEvent")]
    pub governance_event: Option<Correlatedgovernanceevent>,
    /// the access item type
    #[serde(rename = "accessItemType", skip_serializing_if = "Option::is_none")]
    pub access_item_type: Option<AccessitemassociatedAccessItemType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessitemassociated {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(access_item: AccessitemassociatedAccessItem) -> Self {
        Accessitemassociated {
            event_type: None,
            date_time: None,
            identity_id: None,
            access_item: Some(access_item),
            governance_event: None,
            access_item_type: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessitemassociated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessitemassociated {
    const NAME: &'static str = "Accessitemassociated";

    #[inline]
    fn empty() -> Self {
        Accessitemassociated {
            event_type: None,
            date_time: None,
            identity_id: None,
            access_item: None,
            governance_event: None,
            access_item_type: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "eventType" => {
                self.event_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "dateTime" => {
                self.date_time = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accessItem" => self.access_item = map.next_value()?,
            "governanceEvent" => self.governance_event = map.next_value()?,
            "accessItemType" => self.access_item_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
