//! `IdentityprofileexportedobjectSelfType`, from `apis/identity-profiles/schemas/identityprofileexportedobject.yaml#/properties/self/properties/type`.

/// Exported object's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityprofileexportedobjectSelfType {
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

impl IdentityprofileexportedobjectSelfType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityprofileexportedobjectSelfType::AccessProfile => "ACCESS_PROFILE",
            IdentityprofileexportedobjectSelfType::AccessRequestConfig => {
                "ACCESS_REQUEST_CONFIG"
            }
            IdentityprofileexportedobjectSelfType::AttrSyncSourceConfig => {
                "ATTR_SYNC_SOURCE_CONFIG"
            }
            IdentityprofileexportedobjectSelfType::AuthOrg => "AUTH_ORG",
            IdentityprofileexportedobjectSelfType::CampaignFilter => "CAMPAIGN_FILTER",
            IdentityprofileexportedobjectSelfType::FormDefinition => "FORM_DEFINITION",
            IdentityprofileexportedobjectSelfType::GovernanceGroup => "GOVERNANCE_GROUP",
            IdentityprofileexportedobjectSelfType::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            IdentityprofileexportedobjectSelfType::IdentityProfile => "IDENTITY_PROFILE",
            IdentityprofileexportedobjectSelfType::LifecycleState => "LIFECYCLE_STATE",
            IdentityprofileexportedobjectSelfType::NotificationTemplate => {
                "NOTIFICATION_TEMPLATE"
            }
            IdentityprofileexportedobjectSelfType::PasswordPolicy => "PASSWORD_POLICY",
            IdentityprofileexportedobjectSelfType::PasswordSyncGroup => {
                "PASSWORD_SYNC_GROUP"
            }
            IdentityprofileexportedobjectSelfType::PublicIdentitiesConfig => {
                "PUBLIC_IDENTITIES_CONFIG"
            }
            IdentityprofileexportedobjectSelfType::Role => "ROLE",
            IdentityprofileexportedobjectSelfType::Rule => "RULE",
            IdentityprofileexportedobjectSelfType::Segment => "SEGMENT",
            IdentityprofileexportedobjectSelfType::ServiceDeskIntegration => {
                "SERVICE_DESK_INTEGRATION"
            }
            IdentityprofileexportedobjectSelfType::SodPolicy => "SOD_POLICY",
            IdentityprofileexportedobjectSelfType::Source => "SOURCE",
            IdentityprofileexportedobjectSelfType::Tag => "TAG",
            IdentityprofileexportedobjectSelfType::Transform => "TRANSFORM",
            IdentityprofileexportedobjectSelfType::TriggerSubscription => {
                "TRIGGER_SUBSCRIPTION"
            }
            IdentityprofileexportedobjectSelfType::Workflow => "WORKFLOW",
            IdentityprofileexportedobjectSelfType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityprofileexportedobjectSelfType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => IdentityprofileexportedobjectSelfType::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => {
                IdentityprofileexportedobjectSelfType::AccessRequestConfig
            }
            "ATTR_SYNC_SOURCE_CONFIG" => {
                IdentityprofileexportedobjectSelfType::AttrSyncSourceConfig
            }
            "AUTH_ORG" => IdentityprofileexportedobjectSelfType::AuthOrg,
            "CAMPAIGN_FILTER" => IdentityprofileexportedobjectSelfType::CampaignFilter,
            "FORM_DEFINITION" => IdentityprofileexportedobjectSelfType::FormDefinition,
            "GOVERNANCE_GROUP" => IdentityprofileexportedobjectSelfType::GovernanceGroup,
            "IDENTITY_OBJECT_CONFIG" => {
                IdentityprofileexportedobjectSelfType::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => IdentityprofileexportedobjectSelfType::IdentityProfile,
            "LIFECYCLE_STATE" => IdentityprofileexportedobjectSelfType::LifecycleState,
            "NOTIFICATION_TEMPLATE" => {
                IdentityprofileexportedobjectSelfType::NotificationTemplate
            }
            "PASSWORD_POLICY" => IdentityprofileexportedobjectSelfType::PasswordPolicy,
            "PASSWORD_SYNC_GROUP" => {
                IdentityprofileexportedobjectSelfType::PasswordSyncGroup
            }
            "PUBLIC_IDENTITIES_CONFIG" => {
                IdentityprofileexportedobjectSelfType::PublicIdentitiesConfig
            }
            "ROLE" => IdentityprofileexportedobjectSelfType::Role,
            "RULE" => IdentityprofileexportedobjectSelfType::Rule,
            "SEGMENT" => IdentityprofileexportedobjectSelfType::Segment,
            "SERVICE_DESK_INTEGRATION" => {
                IdentityprofileexportedobjectSelfType::ServiceDeskIntegration
            }
            "SOD_POLICY" => IdentityprofileexportedobjectSelfType::SodPolicy,
            "SOURCE" => IdentityprofileexportedobjectSelfType::Source,
            "TAG" => IdentityprofileexportedobjectSelfType::Tag,
            "TRANSFORM" => IdentityprofileexportedobjectSelfType::Transform,
            "TRIGGER_SUBSCRIPTION" => {
                IdentityprofileexportedobjectSelfType::TriggerSubscription
            }
            "WORKFLOW" => IdentityprofileexportedobjectSelfType::Workflow,
            other => IdentityprofileexportedobjectSelfType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityprofileexportedobjectSelfType);
