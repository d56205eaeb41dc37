//! `MultiHostIntegrationsCreate`, from `beta/schemas/MultiHostIntegrationsCreate.yaml`.

use crate::models::{
    MultiHostIntegrationsCreateCluster, MultiHostIntegrationsCreateManagementWorkgroup,
    MultiHostIntegrationsCreateOwner,
};

/// `MultiHostIntegrationsCreate` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MultiHostIntegrationsCreate {
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
    pub owner: Option<MultiHostIntegrationsCreateOwner>,
    /// Reference to the source's associated cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<MultiHostIntegrationsCreateCluster>,
    /// Connector script name.
    ///
    /// A server's absent or `null` member reads as an empty string.
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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
            owner: Some(owner),
            cluster: None,
            connector: connector.into(),
            connector_attributes: None,
            management_workgroup: None,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}
