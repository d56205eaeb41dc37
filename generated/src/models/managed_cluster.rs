//! `ManagedCluster`, from `beta/schemas/ManagedCluster.yaml`.

use crate::models::{
    ClientLogConfiguration, ManagedClientType, ManagedClusterAttributes,
    ManagedClusterConsolidatedHealthIndicatorsStatus, ManagedClusterEncryptionConfig,
    ManagedClusterKeyPair, ManagedClusterRedis, ManagedClusterTypes,
    ManagedClusterUpdatePreferences,
};

/// Managed Cluster
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManagedCluster {
    /// ManagedCluster ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// ManagedCluster name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// ManagedCluster pod
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub pod: Option<String>,
    /// ManagedCluster org
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub org: Option<String>,
    /// The Type of Cluster
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ManagedClusterTypes>,
    /// ManagedProcess configuration map
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<std::collections::BTreeMap<String, String>>,
    /// key pair for the ManagedCluster
    #[serde(rename = "keyPair", default, skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<ManagedClusterKeyPair>,
    /// Specific Attributes for Configuring a ManagedCluster by Type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<ManagedClusterAttributes>,
    /// ManagedCluster description
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Redis configuration for the ManagedCluster
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redis: Option<ManagedClusterRedis>,
    /// type of client for the ManagedCluster
    #[serde(rename = "clientType", default)]
    pub client_type: Option<ManagedClientType>,
    /// CCG version used by the ManagedCluster
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "ccgVersion", default, deserialize_with = "crate::lenient::string")]
    pub ccg_version: String,
    /// boolean flag indiacting whether or not the cluster configuration is pinned
    #[serde(
        rename = "pinnedConfig",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub pinned_config: Option<bool>,
    /// client log configuration for the cluster
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_configuration: Option<ClientLogConfiguration>,
    /// Whether or not the cluster is operational or not
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub operational: Option<bool>,
    /// Cluster status
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub status: Option<String>,
    /// Public key certificate
    #[serde(
        rename = "publicKeyCertificate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub public_key_certificate: Option<String>,
    /// Public key thumbprint
    #[serde(
        rename = "publicKeyThumbprint",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub public_key_thumbprint: Option<String>,
    /// Public key
    #[serde(
        rename = "publicKey",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub public_key: Option<String>,
    /// Key describing any immediate cluster alerts
    #[serde(
        rename = "alertKey",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub alert_key: Option<String>,
    /// List of clients in a cluster
    #[serde(rename = "clientIds", default, skip_serializing_if = "Option::is_none")]
    pub client_ids: Option<Vec<String>>,
    /// Number of services bound to a cluster
    #[serde(rename = "serviceCount", default, skip_serializing_if = "Option::is_none")]
    pub service_count: Option<i32>,
    /// CC ID only used in calling CC, will be removed without notice when Migration to CEGS is finished
    #[serde(
        rename = "ccId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub cc_id: Option<String>,
    /// The date/time this cluster was created
    #[serde(
        rename = "createdAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date/time this cluster was last updated
    #[serde(
        rename = "updatedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date/time this cluster was notified for the last release
    #[serde(
        rename = "lastReleaseNotifiedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub last_release_notified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The preference for applying updates for the cluster
    #[serde(
        rename = "updatePreferences",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_preferences: Option<ManagedClusterUpdatePreferences>,
    /// The current installed release on the Managed cluster
    #[serde(
        rename = "currentInstalledReleaseVersion",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub current_installed_release_version: Option<String>,
    /// New available updates for the Managed cluster
    #[serde(
        rename = "updatePackage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub update_package: Option<String>,
    /// The time at which out of date notification was sent for the Managed cluster
    #[serde(
        rename = "isOutOfDateNotifiedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub is_out_of_date_notified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The consolidated Health Status for the Managed cluster
    #[serde(
        rename = "consolidatedHealthIndicatorsStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub consolidated_health_indicators_status: Option<
        ManagedClusterConsolidatedHealthIndicatorsStatus,
    >,
    #[serde(
        rename = "encryptionConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub encryption_configuration: Option<ManagedClusterEncryptionConfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManagedCluster {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>, ccg_version: impl Into<String>) -> Self {
        ManagedCluster {
            id: id.into(),
            name: None,
            pod: None,
            org: None,
            r#type: None,
            configuration: None,
            key_pair: None,
            attributes: None,
            description: None,
            redis: None,
            client_type: None,
            ccg_version: ccg_version.into(),
            pinned_config: None,
            log_configuration: None,
            operational: None,
            status: None,
            public_key_certificate: None,
            public_key_thumbprint: None,
            public_key: None,
            alert_key: None,
            client_ids: None,
            service_count: None,
            cc_id: None,
            created_at: None,
            updated_at: None,
            last_release_notified_at: None,
            update_preferences: None,
            current_installed_release_version: None,
            update_package: None,
            is_out_of_date_notified_at: None,
            consolidated_health_indicators_status: None,
            encryption_configuration: None,
            additional_properties: Default::default(),
        }
    }
}
