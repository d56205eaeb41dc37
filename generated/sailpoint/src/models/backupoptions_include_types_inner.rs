//! `BackupoptionsIncludeTypesInner`, from `apis/configuration-hub/schemas/backupoptions.yaml#/properties/includeTypes/items`.

/// `BackupoptionsIncludeTypesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BackupoptionsIncludeTypesInner {
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

impl BackupoptionsIncludeTypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BackupoptionsIncludeTypesInner::AccessProfile => "ACCESS_PROFILE",
            BackupoptionsIncludeTypesInner::AccessRequestConfig => {
                "ACCESS_REQUEST_CONFIG"
            }
            BackupoptionsIncludeTypesInner::AttrSyncSourceConfig => {
                "ATTR_SYNC_SOURCE_CONFIG"
            }
            BackupoptionsIncludeTypesInner::AuthOrg => "AUTH_ORG",
            BackupoptionsIncludeTypesInner::CampaignFilter => "CAMPAIGN_FILTER",
            BackupoptionsIncludeTypesInner::FormDefinition => "FORM_DEFINITION",
            BackupoptionsIncludeTypesInner::GovernanceGroup => "GOVERNANCE_GROUP",
            BackupoptionsIncludeTypesInner::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            BackupoptionsIncludeTypesInner::IdentityProfile => "IDENTITY_PROFILE",
            BackupoptionsIncludeTypesInner::LifecycleState => "LIFECYCLE_STATE",
            BackupoptionsIncludeTypesInner::NotificationTemplate => {
                "NOTIFICATION_TEMPLATE"
            }
            BackupoptionsIncludeTypesInner::PasswordPolicy => "PASSWORD_POLICY",
            BackupoptionsIncludeTypesInner::PasswordSyncGroup => "PASSWORD_SYNC_GROUP",
            BackupoptionsIncludeTypesInner::PublicIdentitiesConfig => {
                "PUBLIC_IDENTITIES_CONFIG"
            }
            BackupoptionsIncludeTypesInner::Role => "ROLE",
            BackupoptionsIncludeTypesInner::Rule => "RULE",
            BackupoptionsIncludeTypesInner::Segment => "SEGMENT",
            BackupoptionsIncludeTypesInner::ServiceDeskIntegration => {
                "SERVICE_DESK_INTEGRATION"
            }
            BackupoptionsIncludeTypesInner::SodPolicy => "SOD_POLICY",
            BackupoptionsIncludeTypesInner::Source => "SOURCE",
            BackupoptionsIncludeTypesInner::Tag => "TAG",
            BackupoptionsIncludeTypesInner::Transform => "TRANSFORM",
            BackupoptionsIncludeTypesInner::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            BackupoptionsIncludeTypesInner::Workflow => "WORKFLOW",
            BackupoptionsIncludeTypesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for BackupoptionsIncludeTypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => BackupoptionsIncludeTypesInner::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => {
                BackupoptionsIncludeTypesInner::AccessRequestConfig
            }
            "ATTR_SYNC_SOURCE_CONFIG" => {
                BackupoptionsIncludeTypesInner::AttrSyncSourceConfig
            }
            "AUTH_ORG" => BackupoptionsIncludeTypesInner::AuthOrg,
            "CAMPAIGN_FILTER" => BackupoptionsIncludeTypesInner::CampaignFilter,
            "FORM_DEFINITION" => BackupoptionsIncludeTypesInner::FormDefinition,
            "GOVERNANCE_GROUP" => BackupoptionsIncludeTypesInner::GovernanceGroup,
            "IDENTITY_OBJECT_CONFIG" => {
                BackupoptionsIncludeTypesInner::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => BackupoptionsIncludeTypesInner::IdentityProfile,
            "LIFECYCLE_STATE" => BackupoptionsIncludeTypesInner::LifecycleState,
            "NOTIFICATION_TEMPLATE" => {
                BackupoptionsIncludeTypesInner::NotificationTemplate
            }
            "PASSWORD_POLICY" => BackupoptionsIncludeTypesInner::PasswordPolicy,
            "PASSWORD_SYNC_GROUP" => BackupoptionsIncludeTypesInner::PasswordSyncGroup,
            "PUBLIC_IDENTITIES_CONFIG" => {
                BackupoptionsIncludeTypesInner::PublicIdentitiesConfig
            }
            "ROLE" => BackupoptionsIncludeTypesInner::Role,
            "RULE" => BackupoptionsIncludeTypesInner::Rule,
            "SEGMENT" => BackupoptionsIncludeTypesInner::Segment,
            "SERVICE_DESK_INTEGRATION" => {
                BackupoptionsIncludeTypesInner::ServiceDeskIntegration
            }
            "SOD_POLICY" => BackupoptionsIncludeTypesInner::SodPolicy,
            "SOURCE" => BackupoptionsIncludeTypesInner::Source,
            "TAG" => BackupoptionsIncludeTypesInner::Tag,
            "TRANSFORM" => BackupoptionsIncludeTypesInner::Transform,
            "TRIGGER_SUBSCRIPTION" => BackupoptionsIncludeTypesInner::TriggerSubscription,
            "WORKFLOW" => BackupoptionsIncludeTypesInner::Workflow,
            other => BackupoptionsIncludeTypesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BackupoptionsIncludeTypesInner);
