//! `Schedule2Hours`, from `apis/certification-campaigns/schemas/schedule-2.yaml#/properties/hours`.

use crate::models::Schedule2HoursType;

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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Schedule2Hours {
    /// Enum type to specify hours value
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Schedule2HoursType>,
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

impl Schedule2Hours {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: Schedule2HoursType, values: Vec<String>) -> Self {
        Schedule2Hours {
            r#type: Some(r#type),
            values,
            interval: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Schedule2Hours {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Schedule2Hours {
    const NAME: &'static str = "Schedule2Hours";

    #[inline]
    fn empty() -> Self {
        Schedule2Hours {
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
