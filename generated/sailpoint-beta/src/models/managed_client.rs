//! `ManagedClient`, from `beta/schemas/ManagedClient.yaml`.

use crate::models::ManagedClientStatusEnum;

/// Managed Client
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ManagedClient {
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
    /// ManagedClient gateway base url
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "apiGatewayBaseUrl", skip_serializing_if = "Option::is_none")]
    pub api_gateway_base_url: Option<String>,
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
    /// VA cookbook
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cookbook: Option<String>,
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
    pub status: Option<ManagedClientStatusEnum>,
    /// Type of the ManagedClient (VA, CCG)
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManagedClient {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        client_id: impl Into<String>,
        cluster_id: impl Into<String>,
        description: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        ManagedClient {
            id: None,
            alert_key: None,
            api_gateway_base_url: None,
            cc_id: None,
            client_id: client_id.into(),
            cluster_id: cluster_id.into(),
            cookbook: None,
            description: description.into(),
            ip_address: None,
            last_seen: None,
            name: None,
            since_last_seen: None,
            status: None,
            r#type: r#type.into(),
            va_download_url: None,
            va_version: None,
            secret: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ManagedClient {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ManagedClient {
    const NAME: &'static str = "ManagedClient";

    #[inline]
    fn empty() -> Self {
        ManagedClient {
            id: None,
            alert_key: None,
            api_gateway_base_url: None,
            cc_id: None,
            client_id: Default::default(),
            cluster_id: Default::default(),
            cookbook: None,
            description: Default::default(),
            ip_address: None,
            last_seen: None,
            name: None,
            since_last_seen: None,
            status: None,
            r#type: Default::default(),
            va_download_url: None,
            va_version: None,
            secret: None,
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
            "ccId" => self.cc_id = map.next_value()?,
            "clientId" => self.client_id = map.next_value_seed(crate::lenient::Text)?,
            "clusterId" => self.cluster_id = map.next_value_seed(crate::lenient::Text)?,
            "cookbook" => {
                self.cookbook = map.next_value_seed(crate::lenient::TextOption)?;
            }
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
            "vaDownloadUrl" => {
                self.va_download_url = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "vaVersion" => {
                self.va_version = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "secret" => self.secret = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
