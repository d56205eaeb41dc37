//! `Schedule2Days`, from `apis/certification-campaigns/schemas/schedule-2.yaml#/properties/days`.

use crate::models::Schedule2DaysType;

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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Schedule2Days {
    /// Enum type to specify days value
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Schedule2DaysType>,
    /// Values of the days based on the enum type mentioned above
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub values: Vec<String>,
    /// Interval between the cert generations
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Schedule2Days {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: Schedule2DaysType, values: Vec<String>) -> Self {
        Schedule2Days {
            r#type: Some(r#type),
            values,
            interval: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Schedule2Days {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Schedule2Days {
    const NAME: &'static str = "Schedule2Days";

    #[inline]
    fn empty() -> Self {
        Schedule2Days {
            r#type: None,
            values: Default::default(),
            interval: None,
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
            "values" => {
                self.values = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "interval" => self.interval = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
