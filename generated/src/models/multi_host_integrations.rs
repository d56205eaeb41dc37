//! `MultiHostIntegrations`, from `beta/schemas/MultiHostIntegrations.yaml`.

use crate::models::{
    MultiHostIntegrationsCluster, MultiHostIntegrationsConnectionType,
    MultiHostIntegrationsConnectorAttributes, MultiHostIntegrationsManagementWorkgroup,
    MultiHostIntegrationsOwner, MultiHostIntegrationsStatus,
};

/// `MultiHostIntegrations` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MultiHostIntegrations {
    /// Multi-Host Integration ID.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Multi-Host Integration's human-readable name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Multi-Host Integration's human-readable description.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// Reference to identity object who owns the source.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<MultiHostIntegrationsOwner>,
    /// Reference to the source's associated cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<MultiHostIntegrationsCluster>,
    /// Specifies the type of system being managed e.g. Workday, Multi-Host - Microsoft SQL Server, etc.. If you are creating a delimited file source, you must set the `provisionasCsv` query parameter to `true`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// Connector script name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub connector: String,
    /// Last successfully uploaded source count of given Multi-Host Integration.
    #[serde(
        rename = "lastSourceUploadSuccessCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_source_upload_success_count: Option<i32>,
    /// Maximum sources that can contain in a aggregation group of Multi-Host Integration.
    #[serde(
        rename = "maxSourcesPerAggGroup",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_sources_per_agg_group: Option<i32>,
    /// Fully qualified name of the Java class that implements the connector interface.
    #[serde(
        rename = "connectorClass",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub connector_class: Option<String>,
    /// Connector specific configuration. This configuration will differ for Multi-Host Integration type.
    #[serde(
        rename = "connectorAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connector_attributes: Option<MultiHostIntegrationsConnectorAttributes>,
    /// Number from 0 to 100 that specifies when to skip the delete phase.
    #[serde(
        rename = "deleteThreshold",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_threshold: Option<i32>,
    /// When this is true, it indicates that the source is referenced by an identity profile.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub authoritative: Option<bool>,
    /// Reference to management workgroup for the source.
    #[serde(
        rename = "managementWorkgroup",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub management_workgroup: Option<MultiHostIntegrationsManagementWorkgroup>,
    /// When this is true, it indicates that the source is healthy.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub healthy: Option<bool>,
    /// Status identifier that gives specific information about why a source is or isn't healthy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MultiHostIntegrationsStatus>,
    /// Timestamp that shows when a source health check was last performed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// Connector ID
    #[serde(
        rename = "connectorId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub connector_id: Option<String>,
    /// Name of the connector that was chosen during source creation.
    #[serde(
        rename = "connectorName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub connector_name: Option<String>,
    /// Type of connection (direct or file).
    #[serde(rename = "connectionType", default, skip_serializing_if = "Option::is_none")]
    pub connection_type: Option<MultiHostIntegrationsConnectionType>,
    /// Connector implementation ID.
    #[serde(
        rename = "connectorImplementationId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub connector_implementation_id: Option<String>,
    /// Date-time when the source was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date-time when the source was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// If this is true, it enables a credential provider for the source. If credentialProvider is turned on,  then the source can use credential provider(s) to fetch credentials.
    #[serde(
        rename = "credentialProviderEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub credential_provider_enabled: Option<bool>,
    /// Source category (e.g. null, CredentialProvider).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub category: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MultiHostIntegrations {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        owner: MultiHostIntegrationsOwner,
        connector: impl Into<String>,
    ) -> Self {
        MultiHostIntegrations {
            id: None,
            name: name.into(),
            description: description.into(),
            owner: Some(owner),
            cluster: None,
            r#type: None,
            connector: connector.into(),
            last_source_upload_success_count: None,
            max_sources_per_agg_group: None,
            connector_class: None,
            connector_attributes: None,
            delete_threshold: None,
            authoritative: None,
            management_workgroup: None,
            healthy: None,
            status: None,
            since: None,
            connector_id: None,
            connector_name: None,
            connection_type: None,
            connector_implementation_id: None,
            created: None,
            modified: None,
            credential_provider_enabled: None,
            category: None,
            additional_properties: Default::default(),
        }
    }
}
