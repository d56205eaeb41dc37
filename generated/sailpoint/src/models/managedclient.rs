//! `Managedclient`, from `apis/managed-clients/schemas/managedclient.yaml`.

use crate::models::{
    ManagedclientClusterType, ManagedclientProvisionStatus, ManagedclientStatus2,
};

/// Managed Client
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Managedclient {
    /// ManagedClient ID
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ManagedClient alert key
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "alertKey", skip_serializing_if = "Option::is_none")]
    pub alert_key: Option<String>,
    #[serde(rename = "apiGatewayBaseUrl", skip_serializing_if = "Option::is_none")]
    pub api_gateway_base_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cookbook: Option<String>,
    /// Previous CC ID to be used in data migration. (This field will be deleted after CC migration!)
    #[serde(rename = "ccId", skip_serializing_if = "Option::is_none")]
    pub cc_id: Option<i64>,
    /// The client ID used in API management
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "clientId")]
    pub client_id: String,
    /// Cluster ID that the ManagedClient is linked to
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "clusterId")]
    pub cluster_id: String,
    /// ManagedClient description
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// The public IP address of the ManagedClient
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "ipAddress", skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// When the ManagedClient was last seen by the server
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "lastSeen", skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<chrono::DateTime<chrono::Utc>>,
    /// ManagedClient name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Milliseconds since the ManagedClient has polled the server
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "sinceLastSeen", skip_serializing_if = "Option::is_none")]
    pub since_last_seen: Option<String>,
    /// Status of the ManagedClient
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ManagedclientStatus2>,
    /// Type of the ManagedClient (VA, CCG)
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Cluster Type of the ManagedClient
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "clusterType", skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<ManagedclientClusterType>,
    /// ManagedClient VA download URL
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "vaDownloadUrl", skip_serializing_if = "Option::is_none")]
    pub va_download_url: Option<String>,
    /// Version that the ManagedClient's VA is running
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "vaVersion", skip_serializing_if = "Option::is_none")]
    pub va_version: Option<String>,
    /// Client's apiKey
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// The date/time this ManagedClient was created
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The date/time this ManagedClient was last updated
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The provisioning status of the ManagedClient
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "provisionStatus", skip_serializing_if = "Option::is_none")]
    pub provision_status: Option<ManagedclientProvisionStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Managedclient {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        client_id: impl Into<String>,
        cluster_id: impl Into<String>,
        description: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Managedclient {
            id: None,
            alert_key: None,
            api_gateway_base_url: None,
            cookbook: None,
            cc_id: None,
            client_id: client_id.into(),
            cluster_id: cluster_id.into(),
            description: description.into(),
            ip_address: None,
            last_seen: None,
            name: None,
            since_last_seen: None,
            status: None,
            r#type: r#type.into(),
            cluster_type: None,
            va_download_url: None,
            va_version: None,
            secret: None,
            created_at: None,
            updated_at: None,
            provision_status: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Managedclient {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Managedclient {
    const NAME: &'static str = "Managedclient";

    #[inline]
    fn empty() -> Self {
        Managedclient {
            id: None,
            alert_key: None,
            api_gateway_base_url: None,
            cookbook: None,
            cc_id: None,
            client_id: Default::default(),
            cluster_id: Default::default(),
            description: Default::default(),
            ip_address: None,
            last_seen: None,
            name: None,
            since_last_seen: None,
            status: None,
            r#type: Default::default(),
            cluster_type: None,
            va_download_url: None,
            va_version: None,
            secret: None,
            created_at: None,
            updated_at: None,
            provision_status: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "alertKey" => {
                self.alert_key = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "apiGatewayBaseUrl" => {
                self.api_gateway_base_url = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "cookbook" => {
                self.cookbook = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "ccId" => self.cc_id = map.next_value()?,
            "clientId" => self.client_id = map.next_value_seed(crate::lenient::Text)?,
            "clusterId" => self.cluster_id = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "ipAddress" => {
                self.ip_address = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "lastSeen" => {
                self.last_seen = map.next_value_seed(crate::datetime::Optional)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "sinceLastSeen" => {
                self.since_last_seen = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "status" => self.status = map.next_value()?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "clusterType" => self.cluster_type = map.next_value()?,
            "vaDownloadUrl" => {
                self.va_download_url = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "vaVersion" => {
                self.va_version = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "secret" => self.secret = map.next_value_seed(crate::lenient::TextOption)?,
            "createdAt" => {
                self.created_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "updatedAt" => {
                self.updated_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "provisionStatus" => self.provision_status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
