//! `Sedbatchstats`, from `apis/suggested-entitlement-description/schemas/sedbatchstats.yaml`.

/// Sed Batch Stats
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sedbatchstats {
    /// batch complete
    #[serde(rename = "batchComplete", skip_serializing_if = "Option::is_none")]
    pub batch_complete: Option<bool>,
    /// batch Id
    #[serde(rename = "batchId", skip_serializing_if = "Option::is_none")]
    pub batch_id: Option<String>,
    /// discovered count
    #[serde(rename = "discoveredCount", skip_serializing_if = "Option::is_none")]
    pub discovered_count: Option<i64>,
    /// discovery complete
    #[serde(rename = "discoveryComplete", skip_serializing_if = "Option::is_none")]
    pub discovery_complete: Option<bool>,
    /// processed count
    #[serde(rename = "processedCount", skip_serializing_if = "Option::is_none")]
    pub processed_count: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sedbatchstats {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sedbatchstats {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sedbatchstats {
    const NAME: &'static str = "Sedbatchstats";

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
            "batchComplete" => {
                self.batch_complete = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "batchId" => self.batch_id = map.next_value_seed(crate::lenient::TextOption)?,
            "discoveredCount" => self.discovered_count = map.next_value()?,
            "discoveryComplete" => {
                self.discovery_complete = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "processedCount" => self.processed_count = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
