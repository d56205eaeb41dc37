//! `QueuedCheckConfigDetails`, from `beta/schemas/QueuedCheckConfigDetails.yaml`.

/// Configuration of maximum number of days and interval for checking Service Desk integration queue status.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct QueuedCheckConfigDetails {
    /// Interval in minutes between status checks
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "provisioningStatusCheckIntervalMinutes",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub provisioning_status_check_interval_minutes: String,
    /// Maximum number of days to check
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "provisioningMaxStatusCheckDays",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub provisioning_max_status_check_days: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl QueuedCheckConfigDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        provisioning_status_check_interval_minutes: impl Into<String>,
        provisioning_max_status_check_days: impl Into<String>,
    ) -> Self {
        QueuedCheckConfigDetails {
            provisioning_status_check_interval_minutes: provisioning_status_check_interval_minutes
                .into(),
            provisioning_max_status_check_days: provisioning_max_status_check_days
                .into(),
            additional_properties: Default::default(),
        }
    }
}
