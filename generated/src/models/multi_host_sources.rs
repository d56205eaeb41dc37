//! `MultiHostSources`, from `beta/schemas/MultiHostSources.yaml`.

use crate::models::{
    ManagerCorrelationMapping, MultiHostSourcesAccountCorrelationConfig,
    MultiHostSourcesAccountCorrelationRule, MultiHostSourcesBeforeProvisioningRule,
    MultiHostSourcesCluster, MultiHostSourcesManagementWorkgroup,
    MultiHostSourcesManagerCorrelationRule, MultiHostSourcesOwner,
    MultiHostSourcesPasswordPoliciesInner, MultiHostSourcesSchemasInner,
    MultiHostSourcesStatus, SourceFeature,
};

/// `MultiHostSources` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MultiHostSources {
    /// Source ID.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Source's human-readable name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Source's human-readable description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Reference to identity object who owns the source.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<MultiHostSourcesOwner>,
    /// Reference to the source's associated cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<MultiHostSourcesCluster>,
    /// Reference to account correlation config object.
    #[serde(
        rename = "accountCorrelationConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_correlation_config: Option<MultiHostSourcesAccountCorrelationConfig>,
    /// Reference to a rule that can do COMPLEX correlation. Only use this rule when you can't use accountCorrelationConfig.
    #[serde(
        rename = "accountCorrelationRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_correlation_rule: Option<MultiHostSourcesAccountCorrelationRule>,
    #[serde(
        rename = "managerCorrelationMapping",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub manager_correlation_mapping: Option<ManagerCorrelationMapping>,
    /// Reference to the ManagerCorrelationRule. Only use this rule when a simple filter isn't sufficient.
    #[serde(
        rename = "managerCorrelationRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub manager_correlation_rule: Option<MultiHostSourcesManagerCorrelationRule>,
    /// Rule that runs on the CCG and allows for customization of provisioning plans before the API calls the connector.
    #[serde(
        rename = "beforeProvisioningRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub before_provisioning_rule: Option<MultiHostSourcesBeforeProvisioningRule>,
    /// List of references to schema objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schemas: Option<Vec<MultiHostSourcesSchemasInner>>,
    /// List of references to the associated PasswordPolicy objects.
    #[serde(
        rename = "passwordPolicies",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub password_policies: Option<Vec<MultiHostSourcesPasswordPoliciesInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<SourceFeature>,
    /// Specifies the type of system being managed e.g. Multi-Host - Microsoft SQL Server, Workday, etc.. If you are creating a delimited file source, you must set the `provisionasCsv` query parameter to `true`.
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
    /// Fully qualified name of the Java class that implements the connector interface.
    #[serde(
        rename = "connectorClass",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub connector_class: Option<String>,
    /// Connector specific configuration. This configuration will differ from type to type.
    #[serde(
        rename = "connectorAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connector_attributes: Option<serde_json::Map<String, serde_json::Value>>,
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
    pub management_workgroup: Option<MultiHostSourcesManagementWorkgroup>,
    /// When this is true, it indicates that the source is healthy.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub healthy: Option<bool>,
    /// Status identifier that gives specific information about why a source is or isn't healthy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MultiHostSourcesStatus>,
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
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "connectorName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub connector_name: String,
    /// Type of connection (direct or file).
    #[serde(
        rename = "connectionType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub connection_type: Option<String>,
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

impl MultiHostSources {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        name: impl Into<String>,
        owner: MultiHostSourcesOwner,
        connector: impl Into<String>,
        connector_name: impl Into<String>,
    ) -> Self {
        MultiHostSources {
            id: None,
            name: name.into(),
            description: None,
            owner: Some(owner),
            cluster: None,
            account_correlation_config: None,
            account_correlation_rule: None,
            manager_correlation_mapping: None,
            manager_correlation_rule: None,
            before_provisioning_rule: None,
            schemas: None,
            password_policies: None,
            features: None,
            r#type: None,
            connector: connector.into(),
            connector_class: None,
            connector_attributes: None,
            delete_threshold: None,
            authoritative: None,
            management_workgroup: None,
            healthy: None,
            status: None,
            since: None,
            connector_id: None,
            connector_name: connector_name.into(),
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
