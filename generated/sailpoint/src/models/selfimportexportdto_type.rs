//! `SelfimportexportdtoType`, from `apis/sp-config/schemas/selfimportexportdto.yaml#/properties/type`.

/// Imported/exported object's DTO type. Import is currently only possible with the CONNECTOR_RULE, IDENTITY_OBJECT_CONFIG, IDENTITY_PROFILE, RULE, SOURCE, TRANSFORM, and TRIGGER_SUBSCRIPTION object types.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SelfimportexportdtoType {
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

impl SelfimportexportdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SelfimportexportdtoType::AccessProfile => "ACCESS_PROFILE",
            SelfimportexportdtoType::AccessRequestConfig => "ACCESS_REQUEST_CONFIG",
            SelfimportexportdtoType::AttrSyncSourceConfig => "ATTR_SYNC_SOURCE_CONFIG",
            SelfimportexportdtoType::AuthOrg => "AUTH_ORG",
            SelfimportexportdtoType::CampaignFilter => "CAMPAIGN_FILTER",
            SelfimportexportdtoType::ConnectorRule => "CONNECTOR_RULE",
            SelfimportexportdtoType::FormDefinition => "FORM_DEFINITION",
            SelfimportexportdtoType::GovernanceGroup => "GOVERNANCE_GROUP",
            SelfimportexportdtoType::IdentityObjectConfig => "IDENTITY_OBJECT_CONFIG",
            SelfimportexportdtoType::IdentityProfile => "IDENTITY_PROFILE",
            SelfimportexportdtoType::LifecycleState => "LIFECYCLE_STATE",
            SelfimportexportdtoType::NotificationTemplate => "NOTIFICATION_TEMPLATE",
            SelfimportexportdtoType::PasswordPolicy => "PASSWORD_POLICY",
            SelfimportexportdtoType::PasswordSyncGroup => "PASSWORD_SYNC_GROUP",
            SelfimportexportdtoType::PublicIdentitiesConfig => "PUBLIC_IDENTITIES_CONFIG",
            SelfimportexportdtoType::Role => "ROLE",
            SelfimportexportdtoType::Rule => "RULE",
            SelfimportexportdtoType::Segment => "SEGMENT",
            SelfimportexportdtoType::ServiceDeskIntegration => "SERVICE_DESK_INTEGRATION",
            SelfimportexportdtoType::SodPolicy => "SOD_POLICY",
            SelfimportexportdtoType::Source => "SOURCE",
            SelfimportexportdtoType::Tag => "TAG",
            SelfimportexportdtoType::Transform => "TRANSFORM",
            SelfimportexportdtoType::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            SelfimportexportdtoType::Workflow => "WORKFLOW",
            SelfimportexportdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SelfimportexportdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => SelfimportexportdtoType::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => SelfimportexportdtoType::AccessRequestConfig,
            "ATTR_SYNC_SOURCE_CONFIG" => SelfimportexportdtoType::AttrSyncSourceConfig,
            "AUTH_ORG" => SelfimportexportdtoType::AuthOrg,
            "CAMPAIGN_FILTER" => SelfimportexportdtoType::CampaignFilter,
            "CONNECTOR_RULE" => SelfimportexportdtoType::ConnectorRule,
            "FORM_DEFINITION" => SelfimportexportdtoType::FormDefinition,
            "GOVERNANCE_GROUP" => SelfimportexportdtoType::GovernanceGroup,
            "IDENTITY_OBJECT_CONFIG" => SelfimportexportdtoType::IdentityObjectConfig,
            "IDENTITY_PROFILE" => SelfimportexportdtoType::IdentityProfile,
            "LIFECYCLE_STATE" => SelfimportexportdtoType::LifecycleState,
            "NOTIFICATION_TEMPLATE" => SelfimportexportdtoType::NotificationTemplate,
            "PASSWORD_POLICY" => SelfimportexportdtoType::PasswordPolicy,
            "PASSWORD_SYNC_GROUP" => SelfimportexportdtoType::PasswordSyncGroup,
            "PUBLIC_IDENTITIES_CONFIG" => SelfimportexportdtoType::PublicIdentitiesConfig,
            "ROLE" => SelfimportexportdtoType::Role,
            "RULE" => SelfimportexportdtoType::Rule,
            "SEGMENT" => SelfimportexportdtoType::Segment,
            "SERVICE_DESK_INTEGRATION" => SelfimportexportdtoType::ServiceDeskIntegration,
            "SOD_POLICY" => SelfimportexportdtoType::SodPolicy,
            "SOURCE" => SelfimportexportdtoType::Source,
            "TAG" => SelfimportexportdtoType::Tag,
            "TRANSFORM" => SelfimportexportdtoType::Transform,
            "TRIGGER_SUBSCRIPTION" => SelfimportexportdtoType::TriggerSubscription,
            "WORKFLOW" => SelfimportexportdtoType::Workflow,
            other => SelfimportexportdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SelfimportexportdtoType);
