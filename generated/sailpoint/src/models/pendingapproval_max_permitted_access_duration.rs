//! `PendingapprovalMaxPermittedAccessDuration`, from `apis/access-request-approvals/schemas/pendingapproval.yaml#/properties/maxPermittedAccessDuration`.

use crate::models::PendingapprovalMaxPermittedAccessDurationTimeUnit;

/// The maximum duration for which the access is permitted.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct PendingapprovalMaxPermittedAccessDuration {
    /// The numeric value of the duration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<i32>,
    /// The time unit for the duration.
    #[serde(rename = "timeUnit", skip_serializing_if = "Option::is_none")]
    pub time_unit: Option<PendingapprovalMaxPermittedAccessDurationTimeUnit>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PendingapprovalMaxPermittedAccessDuration {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for PendingapprovalMaxPermittedAccessDuration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for PendingapprovalMaxPermittedAccessDuration {
    const NAME: &'static str = "PendingapprovalMaxPermittedAccessDuration";

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
            "value" => self.value = map.next_value()?,
            "timeUnit" => self.time_unit = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
