//! `ExportoptionsExcludeTypesInner`, from `apis/sp-config/schemas/exportoptions.yaml#/properties/excludeTypes/items`.

/// `ExportoptionsExcludeTypesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExportoptionsExcludeTypesInner {
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

impl ExportoptionsExcludeTypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExportoptionsExcludeTypesInner::AccessProfile => "ACCESS_PROFILE",
            ExportoptionsExcludeTypesInner::AccessRequestConfig => {
                "ACCESS_REQUEST_CONFIG"
            }
            ExportoptionsExcludeTypesInner::AttrSyncSourceConfig => {
                "ATTR_SYNC_SOURCE_CONFIG"
            }
            ExportoptionsExcludeTypesInner::AuthOrg => "AUTH_ORG",
            ExportoptionsExcludeTypesInner::CampaignFilter => "CAMPAIGN_FILTER",
            ExportoptionsExcludeTypesInner::ConnectorRule => "CONNECTOR_RULE",
            ExportoptionsExcludeTypesInner::FormDefinition => "FORM_DEFINITION",
            ExportoptionsExcludeTypesInner::GovernanceGroup => "GOVERNANCE_GROUP",
            ExportoptionsExcludeTypesInner::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            ExportoptionsExcludeTypesInner::IdentityProfile => "IDENTITY_PROFILE",
            ExportoptionsExcludeTypesInner::LifecycleState => "LIFECYCLE_STATE",
            ExportoptionsExcludeTypesInner::NotificationTemplate => {
                "NOTIFICATION_TEMPLATE"
            }
            ExportoptionsExcludeTypesInner::PasswordPolicy => "PASSWORD_POLICY",
            ExportoptionsExcludeTypesInner::PasswordSyncGroup => "PASSWORD_SYNC_GROUP",
            ExportoptionsExcludeTypesInner::PublicIdentitiesConfig => {
                "PUBLIC_IDENTITIES_CONFIG"
            }
            ExportoptionsExcludeTypesInner::Role => "ROLE",
            ExportoptionsExcludeTypesInner::Rule => "RULE",
            ExportoptionsExcludeTypesInner::Segment => "SEGMENT",
            ExportoptionsExcludeTypesInner::ServiceDeskIntegration => {
                "SERVICE_DESK_INTEGRATION"
            }
            ExportoptionsExcludeTypesInner::SodPolicy => "SOD_POLICY",
            ExportoptionsExcludeTypesInner::Source => "SOURCE",
            ExportoptionsExcludeTypesInner::Tag => "TAG",
            ExportoptionsExcludeTypesInner::Transform => "TRANSFORM",
            ExportoptionsExcludeTypesInner::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            ExportoptionsExcludeTypesInner::Workflow => "WORKFLOW",
            ExportoptionsExcludeTypesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExportoptionsExcludeTypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => ExportoptionsExcludeTypesInner::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => {
                ExportoptionsExcludeTypesInner::AccessRequestConfig
            }
            "ATTR_SYNC_SOURCE_CONFIG" => {
                ExportoptionsExcludeTypesInner::AttrSyncSourceConfig
            }
            "AUTH_ORG" => ExportoptionsExcludeTypesInner::AuthOrg,
            "CAMPAIGN_FILTER" => ExportoptionsExcludeTypesInner::CampaignFilter,
            "CONNECTOR_RULE" => ExportoptionsExcludeTypesInner::ConnectorRule,
            "FORM_DEFINITION" => ExportoptionsExcludeTypesInner::FormDefinition,
            "GOVERNANCE_GROUP" => ExportoptionsExcludeTypesInner::GovernanceGroup,
            "IDENTITY_OBJECT_CONFIG" => {
                ExportoptionsExcludeTypesInner::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => ExportoptionsExcludeTypesInner::IdentityProfile,
            "LIFECYCLE_STATE" => ExportoptionsExcludeTypesInner::LifecycleState,
            "NOTIFICATION_TEMPLATE" => {
                ExportoptionsExcludeTypesInner::NotificationTemplate
            }
            "PASSWORD_POLICY" => ExportoptionsExcludeTypesInner::PasswordPolicy,
            "PASSWORD_SYNC_GROUP" => ExportoptionsExcludeTypesInner::PasswordSyncGroup,
            "PUBLIC_IDENTITIES_CONFIG" => {
                ExportoptionsExcludeTypesInner::PublicIdentitiesConfig
            }
            "ROLE" => ExportoptionsExcludeTypesInner::Role,
            "RULE" => ExportoptionsExcludeTypesInner::Rule,
            "SEGMENT" => ExportoptionsExcludeTypesInner::Segment,
            "SERVICE_DESK_INTEGRATION" => {
                ExportoptionsExcludeTypesInner::ServiceDeskIntegration
            }
            "SOD_POLICY" => ExportoptionsExcludeTypesInner::SodPolicy,
            "SOURCE" => ExportoptionsExcludeTypesInner::Source,
            "TAG" => ExportoptionsExcludeTypesInner::Tag,
            "TRANSFORM" => ExportoptionsExcludeTypesInner::Transform,
            "TRIGGER_SUBSCRIPTION" => ExportoptionsExcludeTypesInner::TriggerSubscription,
            "WORKFLOW" => ExportoptionsExcludeTypesInner::Workflow,
            other => ExportoptionsExcludeTypesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExportoptionsExcludeTypesInner);
