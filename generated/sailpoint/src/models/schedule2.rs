//! `Schedule2`, from `apis/certification-campaigns/schemas/schedule-2.yaml`.

use crate::models::{Schedule2Days, Schedule2Hours, Schedule2Months, Schedule2Type};

/// `Schedule2` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Schedule2 {
    /// Determines the overall schedule cadence. In general, all time period fields smaller than the chosen type can be configured. For example, a DAILY schedule can have 'hours' set, but not 'days'; a WEEKLY schedule can have both 'hours' and 'days' set.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Schedule2Type>,
    /// Specifies which months of a schedule are active. Only valid for ANNUALLY schedule types. Examples:
    ///
    /// On February and March:
    /// * type LIST
    /// * values "2", "3"
    ///
    /// Every 3 months, starting in January (quarterly):
    /// * type LIST
    /// * values "1"
    /// * interval 3
    ///
    /// Every two months between July and December:
    /// * type RANGE
    /// * values "7", "12"
    /// * interval 2
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months: Option<Schedule2Months>,
    /// Specifies which day(s) a schedule is active for. This is required for all schedule types.
    /// The "values" field holds different data depending on the type of schedule:
    /// * WEEKLY: days of the week (1-7)
    /// * MONTHLY: days of the month (1-31, L, L-1...)
    /// * ANNUALLY: if the "months" field is also set: days of the month (1-31, L, L-1...); otherwise: ISO-8601 dates without year ("--12-31")
    /// * CALENDAR: ISO-8601 dates ("2020-12-31")
    ///
    /// Note that CALENDAR only supports the LIST type, and ANNUALLY does not support the RANGE type when provided
    /// with ISO-8601 dates without year.
    ///
    /// Examples:
    ///
    /// On Sundays:
    /// * type LIST
    /// * values "1"
    ///
    /// The second to last day of the month:
    /// * type LIST
    /// * values "L-1"
    ///
    /// From the 20th to the last day of the month:
    /// * type RANGE
    /// * values "20", "L"
    ///
    /// Every March 2nd:
    /// * type LIST
    /// * values "--03-02"
    ///
    /// On March 2nd, 2021:
    /// * type: LIST
    /// * values "2021-03-02"
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<Schedule2Days>,
    /// Specifies which hour(s) a schedule is active for. Examples:
    ///
    /// Every three hours starting from 8AM, inclusive:
    /// * type LIST
    /// * values "8"
    /// * interval 3
    ///
    /// During business hours:
    /// * type RANGE
    /// * values "9", "5"
    ///
    /// At 5AM, noon, and 5PM:
    /// * type LIST
    /// * values "5", "12", "17"
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<Schedule2Hours>,
    /// Specifies the time after which this schedule will no longer occur.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<chrono::DateTime<chrono::Utc>>,
    /// The time zone to use when running the schedule. For instance, if the schedule is scheduled to run at 1AM, and this field is set to "CST", the schedule will run at 1AM CST.
    #[serde(rename = "timeZoneId", skip_serializing_if = "Option::is_none")]
    pub time_zone_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Schedule2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: Schedule2Type, hours: Schedule2Hours) -> Self {
        Schedule2 {
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

impl<'de> serde::Deserialize<'de> for Schedule2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Schedule2 {
    const NAME: &'static str = "Schedule2";

    #[inline]
    fn empty() -> Self {
        Schedule2 {
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
            "expiration" => {
                self.expiration = map.next_value_seed(crate::datetime::Optional)?;
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
