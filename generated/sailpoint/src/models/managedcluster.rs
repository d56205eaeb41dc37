//! `Managedcluster`, from `apis/managed-clusters/schemas/managedcluster.yaml`.

use crate::models::{
    Clientlogconfiguration, ManagedClustersManagedclienttype,
    ManagedclusterConsolidatedHealthIndicatorsStatus, ManagedclusterStatus,
    ManagedclusterUpdatePreferences, Managedclusterattributes,
    Managedclusterencryptionconfig, Managedclusterkeypair, Managedclusterredis,
    Managedclustertypes,
};

/// Managed Cluster
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Managedcluster {
    /// ManagedCluster ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// ManagedCluster name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ManagedCluster pod
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod: Option<String>,
    /// ManagedCluster org
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// The Type of Cluster
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Managedclustertypes>,
    /// ManagedProcess configuration map
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configuration: Option<std::collections::BTreeMap<String, String>>,
    /// key pair for the ManagedCluster
    #[serde(rename = "keyPair", skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<Managedclusterkeypair>,
    /// Specific Attributes for Configuring a ManagedCluster by Type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Managedclusterattributes>,
    /// ManagedCluster description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Redis configuration for the ManagedCluster
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redis: Option<Managedclusterredis>,
    /// type of client for the ManagedCluster
    #[serde(rename = "clientType")]
    pub client_type: Option<ManagedClustersManagedclienttype>,
    /// CCG version used by the ManagedCluster
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "ccgVersion")]
    pub ccg_version: String,
    /// boolean flag indicating whether or not the cluster configuration is pinned
    #[serde(rename = "pinnedConfig", skip_serializing_if = "Option::is_none")]
    pub pinned_config: Option<bool>,
    /// client log configuration for the cluster
    #[serde(rename = "logConfiguration", skip_serializing_if = "Option::is_none")]
    pub log_configuration: Option<Clientlogconfiguration>,
    /// Whether or not the cluster is operational or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operational: Option<bool>,
    /// Cluster status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ManagedclusterStatus>,
    /// Public key certificate
    #[serde(rename = "publicKeyCertificate", skip_serializing_if = "Option::is_none")]
    pub public_key_certificate: Option<String>,
    /// Public key thumbprint
    #[serde(rename = "publicKeyThumbprint", skip_serializing_if = "Option::is_none")]
    pub public_key_thumbprint: Option<String>,
    /// Public key
    #[serde(rename = "publicKey", skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    #[serde(rename = "encryptionConfiguration", skip_serializing_if = "Option::is_none")]
    pub encryption_configuration: Option<Managedclusterencryptionconfig>,
    /// Key describing any immediate cluster alerts
    #[serde(rename = "alertKey", skip_serializing_if = "Option::is_none")]
    pub alert_key: Option<String>,
    /// List of clients in a cluster
    #[serde(rename = "clientIds", skip_serializing_if = "Option::is_none")]
    pub client_ids: Option<Vec<String>>,
    /// Number of services bound to a cluster
    #[serde(rename = "serviceCount", skip_serializing_if = "Option::is_none")]
    pub service_count: Option<i32>,
    /// CC ID only used in calling CC, will be removed without notice when Migration to CEGS is finished
    #[serde(rename = "ccId", skip_serializing_if = "Option::is_none")]
    pub cc_id: Option<String>,
    /// The date/time this cluster was created
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date/time this cluster was last updated
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date/time this cluster was notified for the last release
    #[serde(rename = "lastReleaseNotifiedAt", skip_serializing_if = "Option::is_none")]
    pub last_release_notified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The preference for applying updates for the cluster
    #[serde(rename = "updatePreferences", skip_serializing_if = "Option::is_none")]
    pub update_preferences: Option<ManagedclusterUpdatePreferences>,
    /// The current installed release on the Managed cluster
    #[serde(
        rename = "currentInstalledReleaseVersion",
        skip_serializing_if = "Option::is_none"
    )]
    pub current_installed_release_version: Option<String>,
    /// New available updates for the Managed cluster
    #[serde(rename = "updatePackage", skip_serializing_if = "Option::is_none")]
    pub update_package: Option<String>,
    /// The time at which out of date notification was sent for the Managed cluster
    #[serde(rename = "isOutOfDateNotifiedAt", skip_serializing_if = "Option::is_none")]
    pub is_out_of_date_notified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The consolidated Health Status for the Managed cluster
    #[serde(
        rename = "consolidatedHealthIndicatorsStatus",
        skip_serializing_if = "Option::is_none"
    )]
    pub consolidated_health_indicators_status: Option<
        ManagedclusterConsolidatedHealthIndicatorsStatus,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Managedcluster {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, ccg_version: impl Into<String>) -> Self {
        Managedcluster {
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
            encryption_configuration: None,
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
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Managedcluster {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Managedcluster {
    const NAME: &'static str = "Managedcluster";

    #[inline]
    fn empty() -> Self {
        Managedcluster {
            id: Default::default(),
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
            ccg_version: Default::default(),
            pinned_config: None,
            log_configuration: None,
            operational: None,
            status: None,
            public_key_certificate: None,
            public_key_thumbprint: None,
            public_key: None,
            encryption_configuration: None,
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
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "pod" => self.pod = map.next_value_seed(crate::lenient::TextOption)?,
            "org" => self.org = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value()?,
            "configuration" => self.configuration = map.next_value()?,
            "keyPair" => self.key_pair = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "redis" => self.redis = map.next_value()?,
            "clientType" => self.client_type = map.next_value()?,
            "ccgVersion" => self.ccg_version = map.next_value_seed(crate::lenient::Text)?,
            "pinnedConfig" => {
                self.pinned_config = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "logConfiguration" => self.log_configuration = map.next_value()?,
            "operational" => {
                self.operational = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "status" => self.status = map.next_value()?,
            "publicKeyCertificate" => {
                self.public_key_certificate = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "publicKeyThumbprint" => {
                self.public_key_thumbprint = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "publicKey" => {
                self.public_key = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "encryptionConfiguration" => {
                self.encryption_configuration = map.next_value()?;
            }
            "alertKey" => {
                self.alert_key = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "clientIds" => self.client_ids = map.next_value()?,
            "serviceCount" => self.service_count = map.next_value()?,
            "ccId" => self.cc_id = map.next_value_seed(crate::lenient::TextOption)?,
            "createdAt" => {
                self.created_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "updatedAt" => {
                self.updated_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "lastReleaseNotifiedAt" => {
                self.last_release_notified_at = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            "updatePreferences" => self.update_preferences = map.next_value()?,
            "currentInstalledReleaseVersion" => {
                self.current_installed_release_version = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "updatePackage" => {
                self.update_package = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "isOutOfDateNotifiedAt" => {
                self.is_out_of_date_notified_at = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            "consolidatedHealthIndicatorsStatus" => {
                self.consolidated_health_indicators_status = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
