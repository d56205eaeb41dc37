//! `ClientLogConfiguration`, from `beta/schemas/ClientLogConfiguration.yaml`.

use crate::models::{LogLevelSpec, StandardLevel};

/// Client Runtime Logging Configuration
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ClientLogConfiguration {
    /// Log configuration's client ID
    #[serde(
        rename = "clientId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub client_id: Option<String>,
    /// Duration in minutes for log configuration to remain in effect before resetting to defaults
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(
        rename = "durationMinutes",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub duration_minutes: i32,
    /// Expiration date-time of the log configuration request
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub expiration: Option<chrono::DateTime<chrono::Utc>>,
    /// Root log level to apply, the default level for all logs. For more information about logging levels, refer to the "Logging Levels" table in [Enabling Connector Logging in IdentityNow](https://community.sailpoint.com/t5/IdentityNow-Articles/Enabling-Connector-Logging-in-IdentityNow/ta-p/188107).
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "rootLevel", default, skip_serializing_if = "Option::is_none")]
    pub root_level: Option<StandardLevel>,
    /// Map of log level by key. The keys are logging classes, and the values are logging levels. To see the available connectors and their logging classes, refer to the "Logging Classes" table in [Enabling Connector Logging in IdentityNow](https://community.sailpoint.com/t5/IdentityNow-Articles/Enabling-Connector-Logging-in-IdentityNow/ta-p/188107).
    #[serde(rename = "logLevels", default, skip_serializing_if = "Option::is_none")]
    pub log_levels: Option<LogLevelSpec>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ClientLogConfiguration {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(duration_minutes: i32, root_level: StandardLevel) -> Self {
        ClientLogConfiguration {
            client_id: None,
            duration_minutes,
            expiration: None,
            root_level: Some(root_level),
            log_levels: None,
            additional_properties: Default::default(),
        }
    }
}
