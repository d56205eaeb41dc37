//! `Sodviolationcontextcheckcompleted`, from `apis/access-request-approvals/schemas/sodviolationcontextcheckcompleted.yaml`.

use crate::models::{Sodviolationcheckresult, SodviolationcontextcheckcompletedState};

/// An object referencing a completed SOD violation check
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sodviolationcontextcheckcompleted {
    /// The status of SOD violation check
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<SodviolationcontextcheckcompletedState>,
    /// The id of the Violation check event
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    #[serde(rename = "violationCheckResult", skip_serializing_if = "Option::is_none")]
    pub violation_check_result: Option<Sodviolationcheckresult>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sodviolationcontextcheckcompleted {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sodviolationcontextcheckcompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sodviolationcontextcheckcompleted {
    const NAME: &'static str = "Sodviolationcontextcheckcompleted";

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
            "state" => self.state = map.next_value()?,
            "uuid" => self.uuid = map.next_value_seed(crate::lenient::TextOption)?,
            "violationCheckResult" => self.violation_check_result = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
