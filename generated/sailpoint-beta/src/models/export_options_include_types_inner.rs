//! `ExportOptionsIncludeTypesInner`, from `beta/schemas/ExportOptions.yaml#/properties/includeTypes/items`.

/// `ExportOptionsIncludeTypesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExportOptionsIncludeTypesInner {
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

impl ExportOptionsIncludeTypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExportOptionsIncludeTypesInner::AccessProfile => "ACCESS_PROFILE",
            ExportOptionsIncludeTypesInner::AccessRequestConfig => {
                "ACCESS_REQUEST_CONFIG"
            }
            ExportOptionsIncludeTypesInner::AttrSyncSourceConfig => {
                "ATTR_SYNC_SOURCE_CONFIG"
            }
            ExportOptionsIncludeTypesInner::AuthOrg => "AUTH_ORG",
            ExportOptionsIncludeTypesInner::CampaignFilter => "CAMPAIGN_FILTER",
            ExportOptionsIncludeTypesInner::ConnectorRule => "CONNECTOR_RULE",
            ExportOptionsIncludeTypesInner::FormDefinition => "FORM_DEFINITION",
            ExportOptionsIncludeTypesInner::GovernanceGroup => "GOVERNANCE_GROUP",
            ExportOptionsIncludeTypesInner::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            ExportOptionsIncludeTypesInner::IdentityProfile => "IDENTITY_PROFILE",
            ExportOptionsIncludeTypesInner::LifecycleState => "LIFECYCLE_STATE",
            ExportOptionsIncludeTypesInner::NotificationTemplate => {
                "NOTIFICATION_TEMPLATE"
            }
            ExportOptionsIncludeTypesInner::PasswordPolicy => "PASSWORD_POLICY",
            ExportOptionsIncludeTypesInner::PasswordSyncGroup => "PASSWORD_SYNC_GROUP",
            ExportOptionsIncludeTypesInner::PublicIdentitiesConfig => {
                "PUBLIC_IDENTITIES_CONFIG"
            }
            ExportOptionsIncludeTypesInner::Role => "ROLE",
            ExportOptionsIncludeTypesInner::Rule => "RULE",
            ExportOptionsIncludeTypesInner::Segment => "SEGMENT",
            ExportOptionsIncludeTypesInner::ServiceDeskIntegration => {
                "SERVICE_DESK_INTEGRATION"
            }
            ExportOptionsIncludeTypesInner::SodPolicy => "SOD_POLICY",
            ExportOptionsIncludeTypesInner::Source => "SOURCE",
            ExportOptionsIncludeTypesInner::Tag => "TAG",
            ExportOptionsIncludeTypesInner::Transform => "TRANSFORM",
            ExportOptionsIncludeTypesInner::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            ExportOptionsIncludeTypesInner::Workflow => "WORKFLOW",
            ExportOptionsIncludeTypesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExportOptionsIncludeTypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => ExportOptionsIncludeTypesInner::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => {
                ExportOptionsIncludeTypesInner::AccessRequestConfig
            }
            "ATTR_SYNC_SOURCE_CONFIG" => {
                ExportOptionsIncludeTypesInner::AttrSyncSourceConfig
            }
            "AUTH_ORG" => ExportOptionsIncludeTypesInner::AuthOrg,
            "CAMPAIGN_FILTER" => ExportOptionsIncludeTypesInner::CampaignFilter,
            "CONNECTOR_RULE" => ExportOptionsIncludeTypesInner::ConnectorRule,
            "FORM_DEFINITION" => ExportOptionsIncludeTypesInner::FormDefinition,
            "GOVERNANCE_GROUP" => ExportOptionsIncludeTypesInner::GovernanceGroup,
            "IDENTITY_OBJECT_CONFIG" => {
                ExportOptionsIncludeTypesInner::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => ExportOptionsIncludeTypesInner::IdentityProfile,
            "LIFECYCLE_STATE" => ExportOptionsIncludeTypesInner::LifecycleState,
            "NOTIFICATION_TEMPLATE" => {
                ExportOptionsIncludeTypesInner::NotificationTemplate
            }
            "PASSWORD_POLICY" => ExportOptionsIncludeTypesInner::PasswordPolicy,
            "PASSWORD_SYNC_GROUP" => ExportOptionsIncludeTypesInner::PasswordSyncGroup,
            "PUBLIC_IDENTITIES_CONFIG" => {
                ExportOptionsIncludeTypesInner::PublicIdentitiesConfig
            }
            "ROLE" => ExportOptionsIncludeTypesInner::Role,
            "RULE" => ExportOptionsIncludeTypesInner::Rule,
            "SEGMENT" => ExportOptionsIncludeTypesInner::Segment,
            "SERVICE_DESK_INTEGRATION" => {
                ExportOptionsIncludeTypesInner::ServiceDeskIntegration
            }
            "SOD_POLICY" => ExportOptionsIncludeTypesInner::SodPolicy,
            "SOURCE" => ExportOptionsIncludeTypesInner::Source,
            "TAG" => ExportOptionsIncludeTypesInner::Tag,
            "TRANSFORM" => ExportOptionsIncludeTypesInner::Transform,
            "TRIGGER_SUBSCRIPTION" => ExportOptionsIncludeTypesInner::TriggerSubscription,
            "WORKFLOW" => ExportOptionsIncludeTypesInner::Workflow,
            other => ExportOptionsIncludeTypesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExportOptionsIncludeTypesInner);
