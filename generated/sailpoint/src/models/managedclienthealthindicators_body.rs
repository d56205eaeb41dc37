//! `ManagedclienthealthindicatorsBody`, from `apis/managed-clients/schemas/managedclienthealthindicators.yaml#/properties/body`.

use crate::models::{
    ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus,
    ManagedclienthealthindicatorsBodyHealthIndicators,
    ManagedclienthealthindicatorsBodyStatus,
};

/// Health indicator details from the Managed Client
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ManagedclienthealthindicatorsBody {
    /// Health indicator alert key
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "alertKey", skip_serializing_if = "Option::is_none")]
    pub alert_key: Option<String>,
    /// Unique identifier for the health report
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Cluster ID the health report belongs to
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "clusterId")]
    pub cluster_id: String,
    /// API user ID sending the health data
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "apiUser")]
    pub api_user: String,
    /// ETag value for CCG version control
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ccg_etag: Option<String>,
    /// PIN value for CCG validation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ccg_pin: Option<String>,
    /// ETag for cookbook version
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cookbook_etag: Option<String>,
    /// Hostname of the Managed Client
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub hostname: String,
    /// Internal IP address of the Managed Client
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_ip: Option<String>,
    /// Epoch timestamp (in millis) when last seen
    #[serde(rename = "lastSeen", skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    /// Seconds since last seen
    #[serde(rename = "sinceSeen", skip_serializing_if = "Option::is_none")]
    pub since_seen: Option<String>,
    /// Milliseconds since last seen
    #[serde(rename = "sinceSeenMillis", skip_serializing_if = "Option::is_none")]
    pub since_seen_millis: Option<String>,
    /// Indicates if this is a local development instance
    #[serde(rename = "localDev", skip_serializing_if = "Option::is_none")]
    pub local_dev: Option<bool>,
    /// Stacktrace associated with any error, if available
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stacktrace: Option<String>,
    /// Optional state value from the client
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Status of the client at the time of report
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ManagedclienthealthindicatorsBodyStatus>,
    /// Optional UUID from the client
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Product type (e.g., idn)
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub product: String,
    /// VA version installed on the client
    #[serde(skip_serializing_if = "Option::is_none")]
    pub va_version: Option<String>,
    /// Version of the platform on which VA is running
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub platform_version: String,
    /// Operating system version
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub os_version: String,
    /// Operating system type
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub os_type: String,
    /// Virtualization platform used
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub hypervisor: String,
    /// Consolidated health indicator status
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        rename = "consolidatedHealthIndicatorsStatus",
        skip_serializing_if = "Option::is_none"
    )]
    pub consolidated_health_indicators_status: Option<
        ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus,
    >,
    /// The last CCG version for which notification was sent
    #[serde(rename = "lastNotifiedCcgVersion", skip_serializing_if = "Option::is_none")]
    pub last_notified_ccg_version: Option<String>,
    /// Information about deployed processes
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deployed_processes: Option<String>,
    /// Health indicators grouped by category
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_indicators: Option<ManagedclienthealthindicatorsBodyHealthIndicators>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManagedclienthealthindicatorsBody {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub fn new(
        id: impl Into<String>,
        cluster_id: impl Into<String>,
        api_user: impl Into<String>,
        hostname: impl Into<String>,
        status: ManagedclienthealthindicatorsBodyStatus,
        product: impl Into<String>,
        platform_version: impl Into<String>,
        os_version: impl Into<String>,
        os_type: impl Into<String>,
        hypervisor: impl Into<String>,
        consolidated_health_indicators_status: ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus,
        health_indicators: ManagedclienthealthindicatorsBodyHealthIndicators,
    ) -> Self {
        ManagedclienthealthindicatorsBody {
            alert_key: None,
            id: id.into(),
            cluster_id: cluster_id.into(),
            api_user: api_user.into(),
            ccg_etag: None,
            ccg_pin: None,
            cookbook_etag: None,
            hostname: hostname.into(),
            internal_ip: None,
            last_seen: None,
            since_seen: None,
            since_seen_millis: None,
            local_dev: None,
            stacktrace: None,
            state: None,
            status: Some(status),
            uuid: None,
            product: product.into(),
            va_version: None,
            platform_version: platform_version.into(),
            os_version: os_version.into(),
            os_type: os_type.into(),
            hypervisor: hypervisor.into(),
            consolidated_health_indicators_status: Some(
                consolidated_health_indicators_status,
            ),
            last_notified_ccg_version: None,
            deployed_processes: None,
            health_indicators: Some(health_indicators),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ManagedclienthealthindicatorsBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ManagedclienthealthindicatorsBody {
    const NAME: &'static str = "ManagedclienthealthindicatorsBody";

    #[inline]
    fn empty() -> Self {
        ManagedclienthealthindicatorsBody {
            alert_key: None,
            id: Default::default(),
            cluster_id: Default::default(),
            api_user: Default::default(),
            ccg_etag: None,
            ccg_pin: None,
            cookbook_etag: None,
            hostname: Default::default(),
            internal_ip: None,
            last_seen: None,
            since_seen: None,
            since_seen_millis: None,
            local_dev: None,
            stacktrace: None,
            state: None,
            status: None,
            uuid: None,
            product: Default::default(),
            va_version: None,
            platform_version: Default::default(),
            os_version: Default::default(),
            os_type: Default::default(),
            hypervisor: Default::default(),
            consolidated_health_indicators_status: None,
            last_notified_ccg_version: None,
            deployed_processes: None,
            health_indicators: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "alertKey" => {
                self.alert_key = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "clusterId" => self.cluster_id = map.next_value_seed(crate::lenient::Text)?,
            "apiUser" => self.api_user = map.next_value_seed(crate::lenient::Text)?,
            "ccg_etag" => {
                self.ccg_etag = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "ccg_pin" => self.ccg_pin = map.next_value_seed(crate::lenient::TextOption)?,
            "cookbook_etag" => {
                self.cookbook_etag = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "hostname" => self.hostname = map.next_value_seed(crate::lenient::Text)?,
            "internal_ip" => {
                self.internal_ip = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "lastSeen" => {
                self.last_seen = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sinceSeen" => {
                self.since_seen = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sinceSeenMillis" => {
                self.since_seen_millis = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "localDev" => {
                self.local_dev = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "stacktrace" => {
                self.stacktrace = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "state" => self.state = map.next_value_seed(crate::lenient::TextOption)?,
            "status" => self.status = map.next_value()?,
            "uuid" => self.uuid = map.next_value_seed(crate::lenient::TextOption)?,
            "product" => self.product = map.next_value_seed(crate::lenient::Text)?,
            "va_version" => {
                self.va_version = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "platform_version" => {
                self.platform_version = map.next_value_seed(crate::lenient::Text)?;
            }
            "os_version" => self.os_version = map.next_value_seed(crate::lenient::Text)?,
            "os_type" => self.os_type = map.next_value_seed(crate::lenient::Text)?,
            "hypervisor" => self.hypervisor = map.next_value_seed(crate::lenient::Text)?,
            "consolidatedHealthIndicatorsStatus" => {
                self.consolidated_health_indicators_status = map.next_value()?;
            }
            "lastNotifiedCcgVersion" => {
                self.last_notified_ccg_version = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "deployed_processes" => {
                self.deployed_processes = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "health_indicators" => self.health_indicators = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
