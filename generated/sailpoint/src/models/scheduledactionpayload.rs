//! `Scheduledactionpayload`, from `apis/configuration-hub/schemas/scheduledactionpayload.yaml`.

use crate::models::{ScheduledactionpayloadContent, ScheduledactionpayloadJobType};

/// `Scheduledactionpayload` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Scheduledactionpayload {
    /// Type of the scheduled job.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "jobType", skip_serializing_if = "Option::is_none")]
    pub job_type: Option<ScheduledactionpayloadJobType>,
    /// The time when this scheduled action should start. Optional.
    #[serde(rename = "startTime", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Cron expression defining the schedule for this action. Optional for repeated events.
    #[serde(rename = "cronString", skip_serializing_if = "Option::is_none")]
    pub cron_string: Option<String>,
    /// Time zone ID for interpreting the cron expression. Optional, will default to current time zone.
    #[serde(rename = "timeZoneId", skip_serializing_if = "Option::is_none")]
    pub time_zone_id: Option<String>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<ScheduledactionpayloadContent>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Scheduledactionpayload {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        job_type: ScheduledactionpayloadJobType,
        content: ScheduledactionpayloadContent,
    ) -> Self {
        Scheduledactionpayload {
            job_type: Some(job_type),
            start_time: None,
            cron_string: None,
            time_zone_id: None,
            content: Some(content),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Scheduledactionpayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Scheduledactionpayload {
    const NAME: &'static str = "Scheduledactionpayload";

    #[inline]
    fn empty() -> Self {
        Scheduledactionpayload {
            job_type: None,
            start_time: None,
            cron_string: None,
            time_zone_id: None,
            content: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "jobType" => self.job_type = map.next_value()?,
            "startTime" => {
                self.start_time = map.next_value_seed(crate::datetime::Optional)?;
            }
            "cronString" => {
                self.cron_string = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "timeZoneId" => {
                self.time_zone_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "content" => self.content = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
