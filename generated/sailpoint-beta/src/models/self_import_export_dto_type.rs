//! `SelfImportExportDtoType`, from `v3/schemas/SelfImportExportDto.yaml#/properties/type`.

/// Imported/exported object's DTO type. Import is currently only possible with the CONNECTOR_RULE, IDENTITY_OBJECT_CONFIG, IDENTITY_PROFILE, RULE, SOURCE, TRANSFORM, and TRIGGER_SUBSCRIPTION object types.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SelfImportExportDtoType {
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

impl SelfImportExportDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SelfImportExportDtoType::AccessProfile => "ACCESS_PROFILE",
            SelfImportExportDtoType::AccessRequestConfig => "ACCESS_REQUEST_CONFIG",
            SelfImportExportDtoType::AttrSyncSourceConfig => "ATTR_SYNC_SOURCE_CONFIG",
            SelfImportExportDtoType::AuthOrg => "AUTH_ORG",
            SelfImportExportDtoType::CampaignFilter => "CAMPAIGN_FILTER",
            SelfImportExportDtoType::ConnectorRule => "CONNECTOR_RULE",
            SelfImportExportDtoType::FormDefinition => "FORM_DEFINITION",
            SelfImportExportDtoType::GovernanceGroup => "GOVERNANCE_GROUP",
            SelfImportExportDtoType::IdentityObjectConfig => "IDENTITY_OBJECT_CONFIG",
            SelfImportExportDtoType::IdentityProfile => "IDENTITY_PROFILE",
            SelfImportExportDtoType::LifecycleState => "LIFECYCLE_STATE",
            SelfImportExportDtoType::NotificationTemplate => "NOTIFICATION_TEMPLATE",
            SelfImportExportDtoType::PasswordPolicy => "PASSWORD_POLICY",
            SelfImportExportDtoType::PasswordSyncGroup => "PASSWORD_SYNC_GROUP",
            SelfImportExportDtoType::PublicIdentitiesConfig => "PUBLIC_IDENTITIES_CONFIG",
            SelfImportExportDtoType::Role => "ROLE",
            SelfImportExportDtoType::Rule => "RULE",
            SelfImportExportDtoType::Segment => "SEGMENT",
            SelfImportExportDtoType::ServiceDeskIntegration => "SERVICE_DESK_INTEGRATION",
            SelfImportExportDtoType::SodPolicy => "SOD_POLICY",
            SelfImportExportDtoType::Source => "SOURCE",
            SelfImportExportDtoType::Tag => "TAG",
            SelfImportExportDtoType::Transform => "TRANSFORM",
            SelfImportExportDtoType::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            SelfImportExportDtoType::Workflow => "WORKFLOW",
            SelfImportExportDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SelfImportExportDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => SelfImportExportDtoType::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => SelfImportExportDtoType::AccessRequestConfig,
            "ATTR_SYNC_SOURCE_CONFIG" => SelfImportExportDtoType::AttrSyncSourceConfig,
            "AUTH_ORG" => SelfImportExportDtoType::AuthOrg,
            "CAMPAIGN_FILTER" => SelfImportExportDtoType::CampaignFilter,
            "CONNECTOR_RULE" => SelfImportExportDtoType::ConnectorRule,
            "FORM_DEFINITION" => SelfImportExportDtoType::FormDefinition,
            "GOVERNANCE_GROUP" => SelfImportExportDtoType::GovernanceGroup,
            "IDENTITY_OBJECT_CONFIG" => SelfImportExportDtoType::IdentityObjectConfig,
            "IDENTITY_PROFILE" => SelfImportExportDtoType::IdentityProfile,
            "LIFECYCLE_STATE" => SelfImportExportDtoType::LifecycleState,
            "NOTIFICATION_TEMPLATE" => SelfImportExportDtoType::NotificationTemplate,
            "PASSWORD_POLICY" => SelfImportExportDtoType::PasswordPolicy,
            "PASSWORD_SYNC_GROUP" => SelfImportExportDtoType::PasswordSyncGroup,
            "PUBLIC_IDENTITIES_CONFIG" => SelfImportExportDtoType::PublicIdentitiesConfig,
            "ROLE" => SelfImportExportDtoType::Role,
            "RULE" => SelfImportExportDtoType::Rule,
            "SEGMENT" => SelfImportExportDtoType::Segment,
            "SERVICE_DESK_INTEGRATION" => SelfImportExportDtoType::ServiceDeskIntegration,
            "SOD_POLICY" => SelfImportExportDtoType::SodPolicy,
            "SOURCE" => SelfImportExportDtoType::Source,
            "TAG" => SelfImportExportDtoType::Tag,
            "TRANSFORM" => SelfImportExportDtoType::Transform,
            "TRIGGER_SUBSCRIPTION" => SelfImportExportDtoType::TriggerSubscription,
            "WORKFLOW" => SelfImportExportDtoType::Workflow,
            other => SelfImportExportDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SelfImportExportDtoType);
