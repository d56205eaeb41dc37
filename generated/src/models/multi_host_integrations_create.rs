//! `MultiHostIntegrationsCreate`, from `beta/schemas/MultiHostIntegrationsCreate.yaml`.

use crate::models::{
    MultiHostIntegrationsCreateCluster, MultiHostIntegrationsCreateManagementWorkgroup,
    MultiHostIntegrationsCreateOwner,
};

/// `MultiHostIntegrationsCreate` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MultiHostIntegrationsCreate {
    /// Multi-Host Integration's human-readable name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Multi-Host Integration's human-readable description.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// Reference to identity object who owns the source.
    pub owner: MultiHostIntegrationsCreateOwner,
    /// Reference to the source's associated cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<MultiHostIntegrationsCreateCluster>,
    /// Connector script name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub connector: String,
    /// Multi-Host Integration specific configuration. User can add any number of additional attributes. e.g. maxSourcesPerAggGroup, maxAllowedSources etc.
    #[serde(
        rename = "connectorAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connector_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Reference to management workgroup for the source.
    #[serde(
        rename = "managementWorkgroup",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub management_workgroup: Option<MultiHostIntegrationsCreateManagementWorkgroup>,
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
}

impl MultiHostIntegrationsCreate {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        owner: MultiHostIntegrationsCreateOwner,
        connector: impl Into<String>,
    ) -> Self {
        MultiHostIntegrationsCreate {
            name: name.into(),
            description: description.into(),
            owner,
            cluster: None,
            connector: connector.into(),
            connector_attributes: None,
            management_workgroup: None,
            created: None,
            modified: None,
        }
    }
}
