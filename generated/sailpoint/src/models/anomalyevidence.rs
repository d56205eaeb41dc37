//! `Anomalyevidence`, from `apis/machine-identities/schemas/anomalyevidence.yaml`.

use crate::models::{Anomalybaseline, Anomalyevidencetimestamp};

/// Detection evidence associated with an anomaly. SENTINEL detections populate the agent attribute fields; SIEM detections instead include a baseline with windowed time-series data.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Anomalyevidence {
    /// Evidence source system.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Timestamp details for when the evidence was captured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<Anomalyevidencetimestamp>,
    /// Attribute type captured for SENTINEL detections; null for SIEM detections.
    #[serde(rename = "agentAttributeType", skip_serializing_if = "Option::is_none")]
    pub agent_attribute_type: Option<String>,
    /// Attribute value captured for SENTINEL detections; null for SIEM detections.
    #[serde(rename = "agentAttributeValue", skip_serializing_if = "Option::is_none")]
    pub agent_attribute_value: Option<String>,
    /// Peer-group baseline for SIEM detections; null for SENTINEL detections.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Anomalybaseline>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Anomalyevidence {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Anomalyevidence {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Anomalyevidence {
    const NAME: &'static str = "Anomalyevidence";

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
            "source" => self.source = map.next_value_seed(crate::lenient::TextOption)?,
            "timestamp" => self.timestamp = map.next_value()?,
            "agentAttributeType" => {
                self.agent_attribute_type = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "agentAttributeValue" => {
                self.agent_attribute_value = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "baseline" => self.baseline = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
