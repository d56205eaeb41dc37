//! `Multihostintegrationsaggscheduleupdate2`, from `apis/multi-host-integration/schemas/multihostintegrationsaggscheduleupdate.yaml#/allOf/0`.

/// Multi-Host Integration's aggregation schedule specification.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Multihostintegrationsaggscheduleupdate2 {
    /// Multi-Host Integration ID. The ID must be unique
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "multihostId")]
    pub multihost_id: String,
    /// Multi-Host Integration aggregation group ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub aggregation_grp_id: String,
    /// Multi-Host Integration name
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub aggregation_grp_name: String,
    /// Cron expression to schedule aggregation
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub aggregation_cron_schedule: String,
    /// Boolean value for Multi-Host Integration aggregation schedule.
    ///
    /// This specifies if scheduled aggregation is enabled or disabled.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "enableSchedule")]
    pub enable_schedule: bool,
    /// Source IDs of the Multi-Host Integration
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub source_id_list: Vec<String>,
    /// Created date of Multi-Host Integration aggregation schedule
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Modified date of Multi-Host Integration aggregation schedule
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Multihostintegrationsaggscheduleupdate2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        multihost_id: impl Into<String>,
        aggregation_grp_id: impl Into<String>,
        aggregation_grp_name: impl Into<String>,
        aggregation_cron_schedule: impl Into<String>,
        enable_schedule: bool,
        source_id_list: Vec<String>,
    ) -> Self {
        Multihostintegrationsaggscheduleupdate2 {
            multihost_id: multihost_id.into(),
            aggregation_grp_id: aggregation_grp_id.into(),
            aggregation_grp_name: aggregation_grp_name.into(),
            aggregation_cron_schedule: aggregation_cron_schedule.into(),
            enable_schedule,
            source_id_list,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Multihostintegrationsaggscheduleupdate2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Multihostintegrationsaggscheduleupdate2 {
    const NAME: &'static str = "Multihostintegrationsaggscheduleupdate2";

    #[inline]
    fn empty() -> Self {
        Multihostintegrationsaggscheduleupdate2 {
            multihost_id: Default::default(),
            aggregation_grp_id: Default::default(),
            aggregation_grp_name: Default::default(),
            aggregation_cron_schedule: Default::default(),
            enable_schedule: Default::default(),
            source_id_list: Default::default(),
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "multihostId" => {
                self.multihost_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "aggregation_grp_id" => {
                self.aggregation_grp_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "aggregation_grp_name" => {
                self.aggregation_grp_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "aggregation_cron_schedule" => {
                self.aggregation_cron_schedule = map
                    .next_value_seed(crate::lenient::Text)?;
            }
            "enableSchedule" => {
                self.enable_schedule = map.next_value_seed(crate::lenient::Flag)?;
            }
            "source_id_list" => {
                self.source_id_list = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
