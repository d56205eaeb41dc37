//! `ObjectmappingrequestObjectType`, from `apis/configuration-hub/schemas/objectmappingrequest.yaml#/properties/objectType`.

/// Type of the object the mapping value applies to, must be one from enum
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ObjectmappingrequestObjectType {
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
    /// `ENTITLEMENT`
    Entitlement,
    /// `FORM_DEFINITION`
    FormDefinition,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
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

impl ObjectmappingrequestObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ObjectmappingrequestObjectType::AccessProfile => "ACCESS_PROFILE",
            ObjectmappingrequestObjectType::AccessRequestConfig => {
                "ACCESS_REQUEST_CONFIG"
            }
            ObjectmappingrequestObjectType::AttrSyncSourceConfig => {
                "ATTR_SYNC_SOURCE_CONFIG"
            }
            ObjectmappingrequestObjectType::AuthOrg => "AUTH_ORG",
            ObjectmappingrequestObjectType::CampaignFilter => "CAMPAIGN_FILTER",
            ObjectmappingrequestObjectType::Entitlement => "ENTITLEMENT",
            ObjectmappingrequestObjectType::FormDefinition => "FORM_DEFINITION",
            ObjectmappingrequestObjectType::GovernanceGroup => "GOVERNANCE_GROUP",
            ObjectmappingrequestObjectType::Identity => "IDENTITY",
            ObjectmappingrequestObjectType::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            ObjectmappingrequestObjectType::IdentityProfile => "IDENTITY_PROFILE",
            ObjectmappingrequestObjectType::LifecycleState => "LIFECYCLE_STATE",
            ObjectmappingrequestObjectType::NotificationTemplate => {
                "NOTIFICATION_TEMPLATE"
            }
            ObjectmappingrequestObjectType::PasswordPolicy => "PASSWORD_POLICY",
            ObjectmappingrequestObjectType::PasswordSyncGroup => "PASSWORD_SYNC_GROUP",
            ObjectmappingrequestObjectType::PublicIdentitiesConfig => {
                "PUBLIC_IDENTITIES_CONFIG"
            }
            ObjectmappingrequestObjectType::Role => "ROLE",
            ObjectmappingrequestObjectType::Rule => "RULE",
            ObjectmappingrequestObjectType::Segment => "SEGMENT",
            ObjectmappingrequestObjectType::ServiceDeskIntegration => {
                "SERVICE_DESK_INTEGRATION"
            }
            ObjectmappingrequestObjectType::SodPolicy => "SOD_POLICY",
            ObjectmappingrequestObjectType::Source => "SOURCE",
            ObjectmappingrequestObjectType::Tag => "TAG",
            ObjectmappingrequestObjectType::Transform => "TRANSFORM",
            ObjectmappingrequestObjectType::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            ObjectmappingrequestObjectType::Workflow => "WORKFLOW",
            ObjectmappingrequestObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ObjectmappingrequestObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => ObjectmappingrequestObjectType::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => {
                ObjectmappingrequestObjectType::AccessRequestConfig
            }
            "ATTR_SYNC_SOURCE_CONFIG" => {
                ObjectmappingrequestObjectType::AttrSyncSourceConfig
            }
            "AUTH_ORG" => ObjectmappingrequestObjectType::AuthOrg,
            "CAMPAIGN_FILTER" => ObjectmappingrequestObjectType::CampaignFilter,
            "ENTITLEMENT" => ObjectmappingrequestObjectType::Entitlement,
            "FORM_DEFINITION" => ObjectmappingrequestObjectType::FormDefinition,
            "GOVERNANCE_GROUP" => ObjectmappingrequestObjectType::GovernanceGroup,
            "IDENTITY" => ObjectmappingrequestObjectType::Identity,
            "IDENTITY_OBJECT_CONFIG" => {
                ObjectmappingrequestObjectType::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => ObjectmappingrequestObjectType::IdentityProfile,
            "LIFECYCLE_STATE" => ObjectmappingrequestObjectType::LifecycleState,
            "NOTIFICATION_TEMPLATE" => {
                ObjectmappingrequestObjectType::NotificationTemplate
            }
            "PASSWORD_POLICY" => ObjectmappingrequestObjectType::PasswordPolicy,
            "PASSWORD_SYNC_GROUP" => ObjectmappingrequestObjectType::PasswordSyncGroup,
            "PUBLIC_IDENTITIES_CONFIG" => {
                ObjectmappingrequestObjectType::PublicIdentitiesConfig
            }
            "ROLE" => ObjectmappingrequestObjectType::Role,
            "RULE" => ObjectmappingrequestObjectType::Rule,
            "SEGMENT" => ObjectmappingrequestObjectType::Segment,
            "SERVICE_DESK_INTEGRATION" => {
                ObjectmappingrequestObjectType::ServiceDeskIntegration
            }
            "SOD_POLICY" => ObjectmappingrequestObjectType::SodPolicy,
            "SOURCE" => ObjectmappingrequestObjectType::Source,
            "TAG" => ObjectmappingrequestObjectType::Tag,
            "TRANSFORM" => ObjectmappingrequestObjectType::Transform,
            "TRIGGER_SUBSCRIPTION" => ObjectmappingrequestObjectType::TriggerSubscription,
            "WORKFLOW" => ObjectmappingrequestObjectType::Workflow,
            other => ObjectmappingrequestObjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ObjectmappingrequestObjectType);
