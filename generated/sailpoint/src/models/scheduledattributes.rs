//! `Scheduledattributes`, from `apis/workflows/schemas/scheduledattributes.yaml`.

use crate::models::ScheduledattributesFrequency;

/// Attributes related to a scheduled trigger
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Scheduledattributes {
    /// Frequency of execution
    pub frequency: Option<ScheduledattributesFrequency>,
    /// Time zone identifier
    #[serde(rename = "timeZone", skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// A valid CRON expression
    #[serde(rename = "cronString", skip_serializing_if = "Option::is_none")]
    pub cron_string: Option<String>,
    /// Scheduled days of the week for execution
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(rename = "weeklyDays", skip_serializing_if = "Option::is_none")]
    pub weekly_days: Option<Vec<String>>,
    /// Scheduled execution times
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(rename = "weeklyTimes", skip_serializing_if = "Option::is_none")]
    pub weekly_times: Option<Vec<String>>,
    /// Scheduled execution times
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(rename = "yearlyTimes", skip_serializing_if = "Option::is_none")]
    pub yearly_times: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Scheduledattributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Scheduledattributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Scheduledattributes {
    const NAME: &'static str = "Scheduledattributes";

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
            "frequency" => self.frequency = map.next_value()?,
            "timeZone" => {
                self.time_zone = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "cronString" => {
                self.cron_string = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "weeklyDays" => {
                self.weekly_days = map
                    .next_value_seed(crate::lenient::OneOrManyOption::NEW)?;
            }
            "weeklyTimes" => {
                self.weekly_times = map
                    .next_value_seed(crate::lenient::OneOrManyOption::NEW)?;
            }
            "yearlyTimes" => {
                self.yearly_times = map
                    .next_value_seed(crate::lenient::OneOrManyOption::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
