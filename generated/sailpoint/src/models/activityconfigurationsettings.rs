//! `Activityconfigurationsettings`, from `apis/data-access-security/schemas/activityconfigurationsettings.yaml`.

/// `Activityconfigurationsettings` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Activityconfigurationsettings {
    /// Indicates whether the feature or configuration is enabled.
    #[serde(rename = "isEnabled", skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
    /// The identifier of the cluster associated with this configuration, if applicable.
    #[serde(rename = "clusterId", skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The time period for retaining activity logs.
    #[serde(rename = "retentionTimePeriod", skip_serializing_if = "Option::is_none")]
    pub retention_time_period: Option<i32>,
    /// The type of retention period (e.g., days, months, years).
    #[serde(rename = "retentionTimeType", skip_serializing_if = "Option::is_none")]
    pub retention_time_type: Option<String>,
    /// List of user identifiers to exclude from activity tracking.
    #[serde(rename = "excludeUsers", skip_serializing_if = "Option::is_none")]
    pub exclude_users: Option<Vec<String>>,
    /// List of folder paths to exclude from activity tracking.
    #[serde(rename = "excludeFolders", skip_serializing_if = "Option::is_none")]
    pub exclude_folders: Option<Vec<String>>,
    /// List of file extensions to exclude from activity tracking.
    #[serde(rename = "excludeFileExtensions", skip_serializing_if = "Option::is_none")]
    pub exclude_file_extensions: Option<Vec<String>>,
    /// List of actions to exclude from activity tracking.
    #[serde(rename = "excludeActions", skip_serializing_if = "Option::is_none")]
    pub exclude_actions: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Activityconfigurationsettings {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Activityconfigurationsettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Activityconfigurationsettings {
    const NAME: &'static str = "Activityconfigurationsettings";

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
            "isEnabled" => {
                self.is_enabled = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "clusterId" => {
                self.cluster_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "retentionTimePeriod" => self.retention_time_period = map.next_value()?,
            "retentionTimeType" => {
                self.retention_time_type = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "excludeUsers" => self.exclude_users = map.next_value()?,
            "excludeFolders" => self.exclude_folders = map.next_value()?,
            "excludeFileExtensions" => self.exclude_file_extensions = map.next_value()?,
            "excludeActions" => self.exclude_actions = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
