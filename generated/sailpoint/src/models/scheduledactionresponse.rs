//! `Scheduledactionresponse`, from `apis/configuration-hub/schemas/scheduledactionresponse.yaml`.

use crate::models::{ScheduledactionresponseContent, ScheduledactionresponseJobType};

/// `Scheduledactionresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Scheduledactionresponse {
    /// Unique identifier for this scheduled action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The time when this scheduled action was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Type of the scheduled job.
    #[serde(rename = "jobType", skip_serializing_if = "Option::is_none")]
    pub job_type: Option<ScheduledactionresponseJobType>,
    /// Content details for the scheduled action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<ScheduledactionresponseContent>,
    /// The time when this scheduled action should start.
    #[serde(rename = "startTime", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Cron expression defining the schedule for this action.
    #[serde(rename = "cronString", skip_serializing_if = "Option::is_none")]
    pub cron_string: Option<String>,
    /// Time zone ID for interpreting the cron expression.
    #[serde(rename = "timeZoneId", skip_serializing_if = "Option::is_none")]
    pub time_zone_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Scheduledactionresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Scheduledactionresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Scheduledactionresponse {
    const NAME: &'static str = "Scheduledactionresponse";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "jobType" => self.job_type = map.next_value()?,
            "content" => self.content = map.next_value()?,
            "startTime" => {
                self.start_time = map.next_value_seed(crate::datetime::Optional)?;
            }
            "cronString" => {
                self.cron_string = map.next_value_seed(crate::lenient::TextOption)?;
            }
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
