//! `SourcesApprovalconfigTimeoutConfig`, from `apis/sources/schemas/approvalconfig.yaml#/properties/timeoutConfig`.

use crate::models::SourcesApprovalconfigTimeoutConfigTimeoutResult;

/// TimeoutConfig contains configurations around when the approval request should expire.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SourcesApprovalconfigTimeoutConfig {
    /// Indicates if timeout is enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Number of days until approval request times out. Max value is 90.
    #[serde(rename = "daysUntilTimeout", skip_serializing_if = "Option::is_none")]
    pub days_until_timeout: Option<i64>,
    /// Result of timeout.
    #[serde(rename = "timeoutResult", skip_serializing_if = "Option::is_none")]
    pub timeout_result: Option<SourcesApprovalconfigTimeoutConfigTimeoutResult>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourcesApprovalconfigTimeoutConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SourcesApprovalconfigTimeoutConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SourcesApprovalconfigTimeoutConfig {
    const NAME: &'static str = "SourcesApprovalconfigTimeoutConfig";

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
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "daysUntilTimeout" => self.days_until_timeout = map.next_value()?,
            "timeoutResult" => self.timeout_result = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
