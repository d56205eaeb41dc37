//! `ClustermanualupgradeJobsInnerManagedProcessConfiguration`, from `apis/managed-clusters/schemas/clustermanualupgrade.yaml#/properties/jobs/items/properties/managedProcessConfiguration`.

use crate::models::{
    ClustermanualupgradeJobsInnerManagedProcessConfigurationCcg,
    ClustermanualupgradeJobsInnerManagedProcessConfigurationCharon,
    ClustermanualupgradeJobsInnerManagedProcessConfigurationOtelAgent,
    ClustermanualupgradeJobsInnerManagedProcessConfigurationRelay,
    ClustermanualupgradeJobsInnerManagedProcessConfigurationToolbox,
};

/// Configuration of the managed processes involved in the upgrade.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ClustermanualupgradeJobsInnerManagedProcessConfiguration {
    /// Configuration details for the 'charon' process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charon: Option<ClustermanualupgradeJobsInnerManagedProcessConfigurationCharon>,
    /// Configuration details for the 'ccg' process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ccg: Option<ClustermanualupgradeJobsInnerManagedProcessConfigurationCcg>,
    /// Configuration details for the 'otel_agent' process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub otel_agent: Option<
        ClustermanualupgradeJobsInnerManagedProcessConfigurationOtelAgent,
    >,
    /// Configuration details for the 'relay' process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relay: Option<ClustermanualupgradeJobsInnerManagedProcessConfigurationRelay>,
    /// Configuration details for the 'toolbox' process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toolbox: Option<ClustermanualupgradeJobsInnerManagedProcessConfigurationToolbox>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ClustermanualupgradeJobsInnerManagedProcessConfiguration {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de>
for ClustermanualupgradeJobsInnerManagedProcessConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ClustermanualupgradeJobsInnerManagedProcessConfiguration {
    const NAME: &'static str = "ClustermanualupgradeJobsInnerManagedProcessConfiguration";

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
            "charon" => self.charon = map.next_value()?,
            "ccg" => self.ccg = map.next_value()?,
            "otel_agent" => self.otel_agent = map.next_value()?,
            "relay" => self.relay = map.next_value()?,
            "toolbox" => self.toolbox = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
