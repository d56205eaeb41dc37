//! `Unsanctionedsummary`, from `apis/machine-identities/schemas/unsanctionedsummary.yaml`.

/// Aggregate counts of machine identities flagged with unsanctioned-application anomalies, used to power the Unsanctioned Agents card.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Unsanctionedsummary {
    /// The anomaly type these counts describe. Always unsanctioned_app for this endpoint.
    #[serde(rename = "anomalyType", skip_serializing_if = "Option::is_none")]
    pub anomaly_type: Option<String>,
    /// Number of distinct agents with at least one unsanctioned-application anomaly.
    #[serde(rename = "agentCount", skip_serializing_if = "Option::is_none")]
    pub agent_count: Option<i64>,
    /// Number of distinct owners (users) associated with unsanctioned-application anomalies.
    #[serde(rename = "userCount", skip_serializing_if = "Option::is_none")]
    pub user_count: Option<i64>,
    /// Total number of unsanctioned-application anomaly records.
    #[serde(rename = "eventCount", skip_serializing_if = "Option::is_none")]
    pub event_count: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Unsanctionedsummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Unsanctionedsummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Unsanctionedsummary {
    const NAME: &'static str = "Unsanctionedsummary";

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
            "anomalyType" => {
                self.anomaly_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "agentCount" => self.agent_count = map.next_value()?,
            "userCount" => self.user_count = map.next_value()?,
            "eventCount" => self.event_count = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
