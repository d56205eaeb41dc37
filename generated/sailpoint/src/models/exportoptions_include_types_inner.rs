//! `ExportoptionsIncludeTypesInner`, from `apis/sp-config/schemas/exportoptions.yaml#/properties/includeTypes/items`.

/// `ExportoptionsIncludeTypesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExportoptionsIncludeTypesInner {
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

impl ExportoptionsIncludeTypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExportoptionsIncludeTypesInner::AccessProfile => "ACCESS_PROFILE",
            ExportoptionsIncludeTypesInner::AccessRequestConfig => {
                "ACCESS_REQUEST_CONFIG"
            }
            ExportoptionsIncludeTypesInner::AttrSyncSourceConfig => {
                "ATTR_SYNC_SOURCE_CONFIG"
            }
            ExportoptionsIncludeTypesInner::AuthOrg => "AUTH_ORG",
            ExportoptionsIncludeTypesInner::CampaignFilter => "CAMPAIGN_FILTER",
            ExportoptionsIncludeTypesInner::ConnectorRule => "CONNECTOR_RULE",
            ExportoptionsIncludeTypesInner::FormDefinition => "FORM_DEFINITION",
            ExportoptionsIncludeTypesInner::GovernanceGroup => "GOVERNANCE_GROUP",
            ExportoptionsIncludeTypesInner::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            ExportoptionsIncludeTypesInner::IdentityProfile => "IDENTITY_PROFILE",
            ExportoptionsIncludeTypesInner::LifecycleState => "LIFECYCLE_STATE",
            ExportoptionsIncludeTypesInner::NotificationTemplate => {
                "NOTIFICATION_TEMPLATE"
            }
            ExportoptionsIncludeTypesInner::PasswordPolicy => "PASSWORD_POLICY",
            ExportoptionsIncludeTypesInner::PasswordSyncGroup => "PASSWORD_SYNC_GROUP",
            ExportoptionsIncludeTypesInner::PublicIdentitiesConfig => {
                "PUBLIC_IDENTITIES_CONFIG"
            }
            ExportoptionsIncludeTypesInner::Role => "ROLE",
            ExportoptionsIncludeTypesInner::Rule => "RULE",
            ExportoptionsIncludeTypesInner::Segment => "SEGMENT",
            ExportoptionsIncludeTypesInner::ServiceDeskIntegration => {
                "SERVICE_DESK_INTEGRATION"
            }
            ExportoptionsIncludeTypesInner::SodPolicy => "SOD_POLICY",
            ExportoptionsIncludeTypesInner::Source => "SOURCE",
            ExportoptionsIncludeTypesInner::Tag => "TAG",
            ExportoptionsIncludeTypesInner::Transform => "TRANSFORM",
            ExportoptionsIncludeTypesInner::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            ExportoptionsIncludeTypesInner::Workflow => "WORKFLOW",
            ExportoptionsIncludeTypesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExportoptionsIncludeTypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => ExportoptionsIncludeTypesInner::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => {
                ExportoptionsIncludeTypesInner::AccessRequestConfig
            }
            "ATTR_SYNC_SOURCE_CONFIG" => {
                ExportoptionsIncludeTypesInner::AttrSyncSourceConfig
            }
            "AUTH_ORG" => ExportoptionsIncludeTypesInner::AuthOrg,
            "CAMPAIGN_FILTER" => ExportoptionsIncludeTypesInner::CampaignFilter,
            "CONNECTOR_RULE" => ExportoptionsIncludeTypesInner::ConnectorRule,
            "FORM_DEFINITION" => ExportoptionsIncludeTypesInner::FormDefinition,
            "GOVERNANCE_GROUP" => ExportoptionsIncludeTypesInner::GovernanceGroup,
            "IDENTITY_OBJECT_CONFIG" => {
                ExportoptionsIncludeTypesInner::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => ExportoptionsIncludeTypesInner::IdentityProfile,
            "LIFECYCLE_STATE" => ExportoptionsIncludeTypesInner::LifecycleState,
            "NOTIFICATION_TEMPLATE" => {
                ExportoptionsIncludeTypesInner::NotificationTemplate
            }
            "PASSWORD_POLICY" => ExportoptionsIncludeTypesInner::PasswordPolicy,
            "PASSWORD_SYNC_GROUP" => ExportoptionsIncludeTypesInner::PasswordSyncGroup,
            "PUBLIC_IDENTITIES_CONFIG" => {
                ExportoptionsIncludeTypesInner::PublicIdentitiesConfig
            }
            "ROLE" => ExportoptionsIncludeTypesInner::Role,
            "RULE" => ExportoptionsIncludeTypesInner::Rule,
            "SEGMENT" => ExportoptionsIncludeTypesInner::Segment,
            "SERVICE_DESK_INTEGRATION" => {
                ExportoptionsIncludeTypesInner::ServiceDeskIntegration
            }
            "SOD_POLICY" => ExportoptionsIncludeTypesInner::SodPolicy,
            "SOURCE" => ExportoptionsIncludeTypesInner::Source,
            "TAG" => ExportoptionsIncludeTypesInner::Tag,
            "TRANSFORM" => ExportoptionsIncludeTypesInner::Transform,
            "TRIGGER_SUBSCRIPTION" => ExportoptionsIncludeTypesInner::TriggerSubscription,
            "WORKFLOW" => ExportoptionsIncludeTypesInner::Workflow,
            other => ExportoptionsIncludeTypesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExportoptionsIncludeTypesInner);
