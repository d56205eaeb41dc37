//! `ManagedClient`, from `beta/schemas/ManagedClient.yaml`.

use crate::models::ManagedClientStatusEnum;

/// Managed Client
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManagedClient {
    /// ManagedClient ID
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// ManagedClient alert key
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "alertKey",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub alert_key: Option<String>,
    /// ManagedClient gateway base url
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "apiGatewayBaseUrl",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub api_gateway_base_url: Option<String>,
    /// Previous CC ID to be used in data migration. (This field will be deleted after CC migration!)
    #[serde(rename = "ccId", default, skip_serializing_if = "Option::is_none")]
    pub cc_id: Option<i64>,
    /// The client ID used in API management
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "clientId", default, deserialize_with = "crate::lenient::string")]
    pub client_id: String,
    /// Cluster ID that the ManagedClient is linked to
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "clusterId", default, deserialize_with = "crate::lenient::string")]
    pub cluster_id: String,
    /// VA cookbook
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub cookbook: Option<String>,
    /// ManagedClient description
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// The public IP address of the ManagedClient
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "ipAddress",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub ip_address: Option<String>,
    /// When the ManagedClient was last seen by the server
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "lastSeen",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub last_seen: Option<chrono::DateTime<chrono::Utc>>,
    /// ManagedClient name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Milliseconds since the ManagedClient has polled the server
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "sinceLastSeen",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub since_last_seen: Option<String>,
    /// Status of the ManagedClient
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ManagedClientStatusEnum>,
    /// Type of the ManagedClient (VA, CCG)
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// ManagedClient VA download URL
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "vaDownloadUrl",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub va_download_url: Option<String>,
    /// Version that the ManagedClient's VA is running
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "vaVersion",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub va_version: Option<String>,
    /// Client's apiKey
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub secret: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManagedClient {
    /// Builds the value from its required fields; the optional ones start empty.
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
