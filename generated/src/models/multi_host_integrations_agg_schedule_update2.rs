//! `MultiHostIntegrationsAggScheduleUpdate2`, from `beta/schemas/MultiHostIntegrationsAggScheduleUpdate.yaml#/allOf/0`.

/// Multi-Host Integration's aggregation schedule specification.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MultiHostIntegrationsAggScheduleUpdate2 {
    /// Multi-Host Integration ID. The ID must be unique
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "multihostId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub multihost_id: String,
    /// Multi-Host Integration aggregation group ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub aggregation_grp_id: String,
    /// Multi-Host Integration name
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub aggregation_grp_name: String,
    /// Cron expression to schedule aggregation
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub aggregation_cron_schedule: String,
    /// Boolean value for Multi-Host Integration aggregation schedule.
    ///
    /// This specifies if scheduled aggregation is enabled or disabled.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(
        rename = "enableSchedule",
        default,
        deserialize_with = "crate::lenient::boolean"
    )]
    pub enable_schedule: bool,
    /// Source IDs of the Multi-Host Integration
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub source_id_list: Vec<String>,
    /// Created date of Multi-Host Integration aggregation schedule
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Modified date of Multi-Host Integration aggregation schedule
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MultiHostIntegrationsAggScheduleUpdate2 {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        multihost_id: impl Into<String>,
        aggregation_grp_id: impl Into<String>,
        aggregation_grp_name: impl Into<String>,
        aggregation_cron_schedule: impl Into<String>,
        enable_schedule: bool,
        source_id_list: Vec<String>,
    ) -> Self {
        MultiHostIntegrationsAggScheduleUpdate2 {
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
