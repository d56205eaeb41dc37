//! `Schedule`, from `apis/scheduled-search/schemas/schedule.yaml`.

use crate::models::{Datetime, Scheduletype, Selector};

/// The schedule information.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Schedule {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Scheduletype>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months: Option<Selector>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<Selector>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<Selector>,
    /// The schedule expiration date. Latest possible expiration date is '2038-01-19T03:14:07+0000'
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<Datetime>,
    /// The canonical TZ identifier the schedule will run in (ex. America/New_York).  If no timezone is specified, the org's default timezone is used.
    #[serde(rename = "timeZoneId", skip_serializing_if = "Option::is_none")]
    pub time_zone_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Schedule {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: Scheduletype, hours: Selector) -> Self {
        Schedule {
            r#type: Some(r#type),
            months: None,
            days: None,
            hours: Some(hours),
            expiration: None,
            time_zone_id: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Schedule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Schedule {
    const NAME: &'static str = "Schedule";

    #[inline]
    fn empty() -> Self {
        Schedule {
            r#type: None,
            months: None,
            days: None,
            hours: None,
            expiration: None,
            time_zone_id: None,
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
            "months" => self.months = map.next_value()?,
            "days" => self.days = map.next_value()?,
            "hours" => self.hours = map.next_value()?,
            "expiration" => self.expiration = map.next_value()?,
            "timeZoneId" => {
                self.time_zone_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
