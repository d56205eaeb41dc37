//! `Anomaly`, from `apis/machine-identities/schemas/anomaly.yaml`.

use crate::models::Anomalyevidence;

/// A single anomaly detected for a machine identity by Agent Behavior Monitoring.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Anomaly {
    /// Anomaly identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Category of the detected anomaly.
    #[serde(rename = "anomalyType", skip_serializing_if = "Option::is_none")]
    pub anomaly_type: Option<String>,
    /// Human-readable description of the anomaly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Identifier of the detection rule that produced the anomaly.
    #[serde(rename = "ruleId", skip_serializing_if = "Option::is_none")]
    pub rule_id: Option<String>,
    /// Source systems that contributed to the detection.
    #[serde(rename = "dataSources", skip_serializing_if = "Option::is_none")]
    pub data_sources: Option<Vec<String>>,
    /// Date-time the anomaly was detected.
    #[serde(rename = "detectedAt", skip_serializing_if = "Option::is_none")]
    pub detected_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Detection evidence associated with the anomaly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Anomalyevidence>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Anomaly {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Anomaly {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Anomaly {
    const NAME: &'static str = "Anomaly";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "anomalyType" => {
                self.anomaly_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "ruleId" => self.rule_id = map.next_value_seed(crate::lenient::TextOption)?,
            "dataSources" => self.data_sources = map.next_value()?,
            "detectedAt" => {
                self.detected_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "evidence" => self.evidence = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
