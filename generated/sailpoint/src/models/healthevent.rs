//! `Healthevent`, from `apis/managed-clients/schemas/healthevent.yaml`.

/// Individual error or warning event
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Healthevent {
    /// Description of the issue
    #[serde(rename = "detailedMessage", skip_serializing_if = "Option::is_none")]
    pub detailed_message: Option<String>,
    /// Unique identifier for the health event
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Optional URL associated with the issue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Time when the event occurred
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<chrono::DateTime<chrono::Utc>>,
    /// Last time notification was sent for this issue
    #[serde(rename = "lastNotifiedTimeStamp", skip_serializing_if = "Option::is_none")]
    pub last_notified_time_stamp: Option<chrono::DateTime<chrono::Utc>>,
    /// CPU usage percentage
    #[serde(
        rename = "cpuUtilizationPercentage",
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_utilization_percentage: Option<f64>,
    /// Free memory percentage
    #[serde(rename = "freeSpacePercentage", skip_serializing_if = "Option::is_none")]
    pub free_space_percentage: Option<f64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Healthevent {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Healthevent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Healthevent {
    const NAME: &'static str = "Healthevent";

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
            "detailedMessage" => {
                self.detailed_message = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "uuid" => self.uuid = map.next_value_seed(crate::lenient::TextOption)?,
            "url" => self.url = map.next_value_seed(crate::lenient::TextOption)?,
            "timestamp" => {
                self.timestamp = map.next_value_seed(crate::datetime::Optional)?;
            }
            "lastNotifiedTimeStamp" => {
                self.last_notified_time_stamp = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            "cpuUtilizationPercentage" => {
                self.cpu_utilization_percentage = map.next_value()?;
            }
            "freeSpacePercentage" => self.free_space_percentage = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
