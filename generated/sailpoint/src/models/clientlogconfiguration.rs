//! `Clientlogconfiguration`, from `apis/managed-clusters/schemas/clientlogconfiguration.yaml`.

use crate::models::{Loglevelspec, Standardlevel};

/// Client Runtime Logging Configuration
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Clientlogconfiguration {
    /// Log configuration's client ID
    #[serde(rename = "clientId", skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Duration in minutes for log configuration to remain in effect before resetting to defaults.
    #[serde(rename = "durationMinutes", skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<i32>,
    /// Expiration date-time of the log configuration request.  Can be no greater than 24 hours from current date-time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<chrono::DateTime<chrono::Utc>>,
    /// Root log level to apply, the default level for all logs. For more information about logging levels, refer to the "Logging Levels" table in [Enabling Connector Logging in IdentityNow](https://community.sailpoint.com/t5/IdentityNow-Articles/Enabling-Connector-Logging-in-IdentityNow/ta-p/188107).
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "rootLevel", skip_serializing_if = "Option::is_none")]
    pub root_level: Option<Standardlevel>,
    /// Map of log level by key. The keys are logging classes, and the values are logging levels. To see the available connectors and their logging classes, refer to the "Logging Classes" table in [Enabling Connector Logging in IdentityNow](https://community.sailpoint.com/t5/IdentityNow-Articles/Enabling-Connector-Logging-in-IdentityNow/ta-p/188107).
    #[serde(rename = "logLevels", skip_serializing_if = "Option::is_none")]
    pub log_levels: Option<Loglevelspec>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Clientlogconfiguration {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(root_level: Standardlevel) -> Self {
        Clientlogconfiguration {
            client_id: None,
            duration_minutes: None,
            expiration: None,
            root_level: Some(root_level),
            log_levels: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Clientlogconfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Clientlogconfiguration {
    const NAME: &'static str = "Clientlogconfiguration";

    #[inline]
    fn empty() -> Self {
        Clientlogconfiguration {
            client_id: None,
            duration_minutes: None,
            expiration: None,
            root_level: None,
            log_levels: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "clientId" => {
                self.client_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "durationMinutes" => self.duration_minutes = map.next_value()?,
            "expiration" => {
                self.expiration = map.next_value_seed(crate::datetime::Optional)?;
            }
            "rootLevel" => self.root_level = map.next_value()?,
            "logLevels" => self.log_levels = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
