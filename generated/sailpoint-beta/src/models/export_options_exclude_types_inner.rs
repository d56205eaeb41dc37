//! `ExportOptionsExcludeTypesInner`, from `beta/schemas/ExportOptions.yaml#/properties/excludeTypes/items`.

/// `ExportOptionsExcludeTypesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExportOptionsExcludeTypesInner {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ACCESS_REQUEST_CONFIG`
    AccessRequestConfig,
    /// `ATTR_SYNC_SOURCE_CONFIG`
    AttrSyncSourceConfig,
    /// `AUTH_ORG`
    AuthOrg,
    /// `CAMPAIGN_FILTER`
    CampaignFilter,
    /// `CONNECTOR_RULE`
    ConnectorRule,
    /// `FORM_DEFINITION`
    FormDefinition,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY_OBJECT_CONFIG`
    IdentityObjectConfig,
    /// `IDENTITY_PROFILE`
    IdentityProfile,
    /// `LIFECYCLE_STATE`
    LifecycleState,
    /// `NOTIFICATION_TEMPLATE`
    NotificationTemplate,
    /// `PASSWORD_POLICY`
    PasswordPolicy,
    /// `PASSWORD_SYNC_GROUP`
    PasswordSyncGroup,
    /// `PUBLIC_IDENTITIES_CONFIG`
    PublicIdentitiesConfig,
    /// `ROLE`
    Role,
    /// `RULE`
    Rule,
    /// `SEGMENT`
    Segment,
    /// `SERVICE_DESK_INTEGRATION`
    ServiceDeskIntegration,
    /// `SOD_POLICY`
    SodPolicy,
    /// `SOURCE`
    Source,
    /// `TAG`
    Tag,
    /// `TRANSFORM`
    Transform,
    /// `TRIGGER_SUBSCRIPTION`
    TriggerSubscription,
    /// `WORKFLOW`
    Workflow,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ExportOptionsExcludeTypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExportOptionsExcludeTypesInner::AccessProfile => "ACCESS_PROFILE",
            ExportOptionsExcludeTypesInner::AccessRequestConfig => {
                "ACCESS_REQUEST_CONFIG"
            }
            ExportOptionsExcludeTypesInner::AttrSyncSourceConfig => {
                "ATTR_SYNC_SOURCE_CONFIG"
            }
            ExportOptionsExcludeTypesInner::AuthOrg => "AUTH_ORG",
            ExportOptionsExcludeTypesInner::CampaignFilter => "CAMPAIGN_FILTER",
            ExportOptionsExcludeTypesInner::ConnectorRule => "CONNECTOR_RULE",
            ExportOptionsExcludeTypesInner::FormDefinition => "FORM_DEFINITION",
            ExportOptionsExcludeTypesInner::GovernanceGroup => "GOVERNANCE_GROUP",
            ExportOptionsExcludeTypesInner::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            ExportOptionsExcludeTypesInner::IdentityProfile => "IDENTITY_PROFILE",
            ExportOptionsExcludeTypesInner::LifecycleState => "LIFECYCLE_STATE",
            ExportOptionsExcludeTypesInner::NotificationTemplate => {
                "NOTIFICATION_TEMPLATE"
            }
            ExportOptionsExcludeTypesInner::PasswordPolicy => "PASSWORD_POLICY",
            ExportOptionsExcludeTypesInner::PasswordSyncGroup => "PASSWORD_SYNC_GROUP",
            ExportOptionsExcludeTypesInner::PublicIdentitiesConfig => {
                "PUBLIC_IDENTITIES_CONFIG"
            }
            ExportOptionsExcludeTypesInner::Role => "ROLE",
            ExportOptionsExcludeTypesInner::Rule => "RULE",
            ExportOptionsExcludeTypesInner::Segment => "SEGMENT",
            ExportOptionsExcludeTypesInner::ServiceDeskIntegration => {
                "SERVICE_DESK_INTEGRATION"
            }
            ExportOptionsExcludeTypesInner::SodPolicy => "SOD_POLICY",
            ExportOptionsExcludeTypesInner::Source => "SOURCE",
            ExportOptionsExcludeTypesInner::Tag => "TAG",
            ExportOptionsExcludeTypesInner::Transform => "TRANSFORM",
            ExportOptionsExcludeTypesInner::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            ExportOptionsExcludeTypesInner::Workflow => "WORKFLOW",
            ExportOptionsExcludeTypesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExportOptionsExcludeTypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => ExportOptionsExcludeTypesInner::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => {
                ExportOptionsExcludeTypesInner::AccessRequestConfig
            }
            "ATTR_SYNC_SOURCE_CONFIG" => {
                ExportOptionsExcludeTypesInner::AttrSyncSourceConfig
            }
            "AUTH_ORG" => ExportOptionsExcludeTypesInner::AuthOrg,
            "CAMPAIGN_FILTER" => ExportOptionsExcludeTypesInner::CampaignFilter,
            "CONNECTOR_RULE" => ExportOptionsExcludeTypesInner::ConnectorRule,
            "FORM_DEFINITION" => ExportOptionsExcludeTypesInner::FormDefinition,
            "GOVERNANCE_GROUP" => ExportOptionsExcludeTypesInner::GovernanceGroup,
            "IDENTITY_OBJECT_CONFIG" => {
                ExportOptionsExcludeTypesInner::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => ExportOptionsExcludeTypesInner::IdentityProfile,
            "LIFECYCLE_STATE" => ExportOptionsExcludeTypesInner::LifecycleState,
            "NOTIFICATION_TEMPLATE" => {
                ExportOptionsExcludeTypesInner::NotificationTemplate
            }
            "PASSWORD_POLICY" => ExportOptionsExcludeTypesInner::PasswordPolicy,
            "PASSWORD_SYNC_GROUP" => ExportOptionsExcludeTypesInner::PasswordSyncGroup,
            "PUBLIC_IDENTITIES_CONFIG" => {
                ExportOptionsExcludeTypesInner::PublicIdentitiesConfig
            }
            "ROLE" => ExportOptionsExcludeTypesInner::Role,
            "RULE" => ExportOptionsExcludeTypesInner::Rule,
            "SEGMENT" => ExportOptionsExcludeTypesInner::Segment,
            "SERVICE_DESK_INTEGRATION" => {
                ExportOptionsExcludeTypesInner::ServiceDeskIntegration
            }
            "SOD_POLICY" => ExportOptionsExcludeTypesInner::SodPolicy,
            "SOURCE" => ExportOptionsExcludeTypesInner::Source,
            "TAG" => ExportOptionsExcludeTypesInner::Tag,
            "TRANSFORM" => ExportOptionsExcludeTypesInner::Transform,
            "TRIGGER_SUBSCRIPTION" => ExportOptionsExcludeTypesInner::TriggerSubscription,
            "WORKFLOW" => ExportOptionsExcludeTypesInner::Workflow,
            other => ExportOptionsExcludeTypesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExportOptionsExcludeTypesInner);
