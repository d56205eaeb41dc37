//! `Schedule3`, from `apis/sources/schemas/schedule-3.yaml`.

use crate::models::Schedule3Type;

/// `Schedule3` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Schedule3 {
    /// The type of the Schedule.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Schedule3Type>,
    /// The cron expression of the schedule.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "cronExpression")]
    pub cron_expression: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Schedule3 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: Schedule3Type, cron_expression: impl Into<String>) -> Self {
        Schedule3 {
            r#type: Some(r#type),
            cron_expression: cron_expression.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Schedule3 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Schedule3 {
    const NAME: &'static str = "Schedule3";

    #[inline]
    fn empty() -> Self {
        Schedule3 {
            r#type: None,
            cron_expression: Default::default(),
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
            "cronExpression" => {
                self.cron_expression = map.next_value_seed(crate::lenient::Text)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
