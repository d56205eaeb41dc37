//! `Multihostsources`, from `apis/multi-host-integration/schemas/multihostsources.yaml`.

use crate::models::{
    Managercorrelationmapping, MultihostsourcesAccountCorrelationConfig,
    MultihostsourcesAccountCorrelationRule, MultihostsourcesBeforeProvisioningRule,
    MultihostsourcesCluster, MultihostsourcesManagementWorkgroup,
    MultihostsourcesManagerCorrelationRule, MultihostsourcesOwner,
    MultihostsourcesPasswordPoliciesInner, MultihostsourcesSchemasInner,
    MultihostsourcesStatus, Sourcefeature,
};

/// `Multihostsources` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Multihostsources {
    /// Source ID.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Source's human-readable name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Source's human-readable description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Reference to identity object who owns the source.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<MultihostsourcesOwner>,
    /// Reference to the source's associated cluster.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<MultihostsourcesCluster>,
    /// Reference to account correlation config object.
    #[serde(
        rename = "accountCorrelationConfig",
        skip_serializing_if = "Option::is_none"
    )]
    pub account_correlation_config: Option<MultihostsourcesAccountCorrelationConfig>,
    /// Reference to a rule that can do COMPLEX correlation. Only use this rule when you can't use accountCorrelationConfig.
    #[serde(rename = "accountCorrelationRule", skip_serializing_if = "Option::is_none")]
    pub account_correlation_rule: Option<MultihostsourcesAccountCorrelationRule>,
    #[serde(
        rename = "managerCorrelationMapping",
        skip_serializing_if = "Option::is_none"
    )]
    pub manager_correlation_mapping: Option<Managercorrelationmapping>,
    /// Reference to the ManagerCorrelationRule. Only use this rule when a simple filter isn't sufficient.
    #[serde(rename = "managerCorrelationRule", skip_serializing_if = "Option::is_none")]
    pub manager_correlation_rule: Option<MultihostsourcesManagerCorrelationRule>,
    /// Rule that runs on the CCG and allows for customization of provisioning plans before the API calls the connector.
    #[serde(rename = "beforeProvisioningRule", skip_serializing_if = "Option::is_none")]
    pub before_provisioning_rule: Option<MultihostsourcesBeforeProvisioningRule>,
    /// List of references to schema objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schemas: Option<Vec<MultihostsourcesSchemasInner>>,
    /// List of references to the associated PasswordPolicy objects.
    #[serde(rename = "passwordPolicies", skip_serializing_if = "Option::is_none")]
    pub password_policies: Option<Vec<MultihostsourcesPasswordPoliciesInner>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub features: Option<Sourcefeature>,
    /// Specifies the type of system being managed e.g. Multi-Host - Microsoft SQL Server, Workday, etc.. If you are creating a delimited file source, you must set the `provisionasCsv` query parameter to `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Connector script name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub connector: String,
    /// Fully qualified name of the Java class that implements the connector interface.
    #[serde(rename = "connectorClass", skip_serializing_if = "Option::is_none")]
    pub connector_class: Option<String>,
    /// Connector specific configuration. This configuration will differ from type to type.
    #[serde(rename = "connectorAttributes", skip_serializing_if = "Option::is_none")]
    pub connector_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Number from 0 to 100 that specifies when to skip the delete phase.
    #[serde(rename = "deleteThreshold", skip_serializing_if = "Option::is_none")]
    pub delete_threshold: Option<i32>,
    /// When this is true, it indicates that the source is referenced by an identity profile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authoritative: Option<bool>,
    /// Reference to management workgroup for the source.
    #[serde(rename = "managementWorkgroup", skip_serializing_if = "Option::is_none")]
    pub management_workgroup: Option<MultihostsourcesManagementWorkgroup>,
    /// When this is true, it indicates that the source is healthy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub healthy: Option<bool>,
    /// Status identifier that gives specific information about why a source is or isn't healthy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<MultihostsourcesStatus>,
    /// Timestamp that shows when a source health check was last performed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// Connector ID
    #[serde(rename = "connectorId", skip_serializing_if = "Option::is_none")]
    pub connector_id: Option<String>,
    /// Name of the connector that was chosen during source creation.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "connectorName")]
    pub connector_name: String,
    /// Type of connection (direct or file).
    #[serde(rename = "connectionType", skip_serializing_if = "Option::is_none")]
    pub connection_type: Option<String>,
    /// Connector implementation ID.
    #[serde(
        rename = "connectorImplementationId",
        skip_serializing_if = "Option::is_none"
    )]
    pub connector_implementation_id: Option<String>,
    /// Date-time when the source was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date-time when the source was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// If this is true, it enables a credential provider for the source. If credentialProvider is turned on,  then the source can use credential provider(s) to fetch credentials.
    #[serde(
        rename = "credentialProviderEnabled",
        skip_serializing_if = "Option::is_none"
    )]
    pub credential_provider_enabled: Option<bool>,
    /// Source category (e.g. null, CredentialProvider).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Multihostsources {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        owner: MultihostsourcesOwner,
        connector: impl Into<String>,
        connector_name: impl Into<String>,
    ) -> Self {
        Multihostsources {
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

impl<'de> serde::Deserialize<'de> for Multihostsources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Multihostsources {
    const NAME: &'static str = "Multihostsources";

    #[inline]
    fn empty() -> Self {
        Multihostsources {
            id: None,
            name: Default::default(),
            description: None,
            owner: None,
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
            connector: Default::default(),
            connector_class: None,
            connector_attributes: None,
            delete_threshold: None,
            authoritative: None,
            management_workgroup: None,
            healthy: None,
            status: None,
            since: None,
            connector_id: None,
            connector_name: Default::default(),
            connection_type: None,
            connector_implementation_id: None,
            created: None,
            modified: None,
            credential_provider_enabled: None,
            category: None,
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
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "cluster" => self.cluster = map.next_value()?,
            "accountCorrelationConfig" => {
                self.account_correlation_config = map.next_value()?;
            }
            "accountCorrelationRule" => self.account_correlation_rule = map.next_value()?,
            "managerCorrelationMapping" => {
                self.manager_correlation_mapping = map.next_value()?;
            }
            "managerCorrelationRule" => self.manager_correlation_rule = map.next_value()?,
            "beforeProvisioningRule" => self.before_provisioning_rule = map.next_value()?,
            "schemas" => self.schemas = map.next_value()?,
            "passwordPolicies" => self.password_policies = map.next_value()?,
            "features" => self.features = map.next_value()?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "connector" => self.connector = map.next_value_seed(crate::lenient::Text)?,
            "connectorClass" => {
                self.connector_class = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "connectorAttributes" => self.connector_attributes = map.next_value()?,
            "deleteThreshold" => self.delete_threshold = map.next_value()?,
            "authoritative" => {
                self.authoritative = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "managementWorkgroup" => self.management_workgroup = map.next_value()?,
            "healthy" => self.healthy = map.next_value_seed(crate::lenient::FlagOption)?,
            "status" => self.status = map.next_value()?,
            "since" => self.since = map.next_value_seed(crate::datetime::Optional)?,
            "connectorId" => {
                self.connector_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "connectorName" => {
                self.connector_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "connectionType" => {
                self.connection_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "connectorImplementationId" => {
                self.connector_implementation_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "credentialProviderEnabled" => {
                self.credential_provider_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "category" => {
                self.category = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
