//! `ObjectmappingresponseObjectType`, from `apis/configuration-hub/schemas/objectmappingresponse.yaml#/properties/objectType`.

/// Type of the object the mapping value applies to
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ObjectmappingresponseObjectType {
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

impl ObjectmappingresponseObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ObjectmappingresponseObjectType::AccessProfile => "ACCESS_PROFILE",
            ObjectmappingresponseObjectType::AccessRequestConfig => {
                "ACCESS_REQUEST_CONFIG"
            }
            ObjectmappingresponseObjectType::AttrSyncSourceConfig => {
                "ATTR_SYNC_SOURCE_CONFIG"
            }
            ObjectmappingresponseObjectType::AuthOrg => "AUTH_ORG",
            ObjectmappingresponseObjectType::CampaignFilter => "CAMPAIGN_FILTER",
            ObjectmappingresponseObjectType::Entitlement => "ENTITLEMENT",
            ObjectmappingresponseObjectType::FormDefinition => "FORM_DEFINITION",
            ObjectmappingresponseObjectType::GovernanceGroup => "GOVERNANCE_GROUP",
            ObjectmappingresponseObjectType::Identity => "IDENTITY",
            ObjectmappingresponseObjectType::IdentityObjectConfig => {
                "IDENTITY_OBJECT_CONFIG"
            }
            ObjectmappingresponseObjectType::IdentityProfile => "IDENTITY_PROFILE",
            ObjectmappingresponseObjectType::LifecycleState => "LIFECYCLE_STATE",
            ObjectmappingresponseObjectType::NotificationTemplate => {
                "NOTIFICATION_TEMPLATE"
            }
            ObjectmappingresponseObjectType::PasswordPolicy => "PASSWORD_POLICY",
            ObjectmappingresponseObjectType::PasswordSyncGroup => "PASSWORD_SYNC_GROUP",
            ObjectmappingresponseObjectType::PublicIdentitiesConfig => {
                "PUBLIC_IDENTITIES_CONFIG"
            }
            ObjectmappingresponseObjectType::Role => "ROLE",
            ObjectmappingresponseObjectType::Rule => "RULE",
            ObjectmappingresponseObjectType::Segment => "SEGMENT",
            ObjectmappingresponseObjectType::ServiceDeskIntegration => {
                "SERVICE_DESK_INTEGRATION"
            }
            ObjectmappingresponseObjectType::SodPolicy => "SOD_POLICY",
            ObjectmappingresponseObjectType::Source => "SOURCE",
            ObjectmappingresponseObjectType::Tag => "TAG",
            ObjectmappingresponseObjectType::Transform => "TRANSFORM",
            ObjectmappingresponseObjectType::TriggerSubscription => {
                "TRIGGER_SUBSCRIPTION"
            }
            ObjectmappingresponseObjectType::Workflow => "WORKFLOW",
            ObjectmappingresponseObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ObjectmappingresponseObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => ObjectmappingresponseObjectType::AccessProfile,
            "ACCESS_REQUEST_CONFIG" => {
                ObjectmappingresponseObjectType::AccessRequestConfig
            }
            "ATTR_SYNC_SOURCE_CONFIG" => {
                ObjectmappingresponseObjectType::AttrSyncSourceConfig
            }
            "AUTH_ORG" => ObjectmappingresponseObjectType::AuthOrg,
            "CAMPAIGN_FILTER" => ObjectmappingresponseObjectType::CampaignFilter,
            "ENTITLEMENT" => ObjectmappingresponseObjectType::Entitlement,
            "FORM_DEFINITION" => ObjectmappingresponseObjectType::FormDefinition,
            "GOVERNANCE_GROUP" => ObjectmappingresponseObjectType::GovernanceGroup,
            "IDENTITY" => ObjectmappingresponseObjectType::Identity,
            "IDENTITY_OBJECT_CONFIG" => {
                ObjectmappingresponseObjectType::IdentityObjectConfig
            }
            "IDENTITY_PROFILE" => ObjectmappingresponseObjectType::IdentityProfile,
            "LIFECYCLE_STATE" => ObjectmappingresponseObjectType::LifecycleState,
            "NOTIFICATION_TEMPLATE" => {
                ObjectmappingresponseObjectType::NotificationTemplate
            }
            "PASSWORD_POLICY" => ObjectmappingresponseObjectType::PasswordPolicy,
            "PASSWORD_SYNC_GROUP" => ObjectmappingresponseObjectType::PasswordSyncGroup,
            "PUBLIC_IDENTITIES_CONFIG" => {
                ObjectmappingresponseObjectType::PublicIdentitiesConfig
            }
            "ROLE" => ObjectmappingresponseObjectType::Role,
            "RULE" => ObjectmappingresponseObjectType::Rule,
            "SEGMENT" => ObjectmappingresponseObjectType::Segment,
            "SERVICE_DESK_INTEGRATION" => {
                ObjectmappingresponseObjectType::ServiceDeskIntegration
            }
            "SOD_POLICY" => ObjectmappingresponseObjectType::SodPolicy,
            "SOURCE" => ObjectmappingresponseObjectType::Source,
            "TAG" => ObjectmappingresponseObjectType::Tag,
            "TRANSFORM" => ObjectmappingresponseObjectType::Transform,
            "TRIGGER_SUBSCRIPTION" => {
                ObjectmappingresponseObjectType::TriggerSubscription
            }
            "WORKFLOW" => ObjectmappingresponseObjectType::Workflow,
            other => ObjectmappingresponseObjectType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ObjectmappingresponseObjectType);
