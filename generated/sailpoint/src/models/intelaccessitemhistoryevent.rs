//! `Intelaccessitemhistoryevent`, from `apis/intelligence/schemas/intelaccessitemhistoryevent.yaml`.

use crate::models::IntelaccessitemhistoryeventEventType;

/// Access-item history event. Supported eventTypes are AccessItemAssociated, AccessItemRemoved,
/// and AccountStatusChanged.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelaccessitemhistoryevent {
    /// Type of access-item history event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "eventType", skip_serializing_if = "Option::is_none")]
    pub event_type: Option<IntelaccessitemhistoryeventEventType>,
    /// Event timestamp.
    #[serde(rename = "dateTime", skip_serializing_if = "Option::is_none")]
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Intelaccessitemhistoryevent {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(event_type: IntelaccessitemhistoryeventEventType) -> Self {
        Intelaccessitemhistoryevent {
            event_type: Some(event_type),
            date_time: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelaccessitemhistoryevent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelaccessitemhistoryevent {
    const NAME: &'static str = "Intelaccessitemhistoryevent";

    #[inline]
    fn empty() -> Self {
        Intelaccessitemhistoryevent {
            event_type: None,
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
            "eventType" => self.event_type = map.next_value()?,
            "dateTime" => {
                self.date_time = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
