//! `V3DtoType`, from `v3/schemas/DtoType.yaml`.

/// An enumeration of the types of DTOs supported within the IdentityNow infrastructure.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3DtoType {
    /// `ACCOUNT_CORRELATION_CONFIG`
    AccountCorrelationConfig,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ACCESS_REQUEST_APPROVAL`
    AccessRequestApproval,
    /// `ACCOUNT`
    Account,
    /// `APPLICATION`
    Application,
    /// `CAMPAIGN`
    Campaign,
    /// `CAMPAIGN_FILTER`
    CampaignFilter,
    /// `CERTIFICATION`
    Certification,
    /// `CLUSTER`
    Cluster,
    /// `CONNECTOR_SCHEMA`
    ConnectorSchema,
    /// `ENTITLEMENT`
    Entitlement,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// `IDENTITY_PROFILE`
    IdentityProfile,
    /// `IDENTITY_REQUEST`
    IdentityRequest,
    /// `MACHINE_IDENTITY`
    MachineIdentity,
    /// `LIFECYCLE_STATE`
    LifecycleState,
    /// `PASSWORD_POLICY`
    PasswordPolicy,
    /// `ROLE`
    Role,
    /// `RULE`
    Rule,
    /// `SOD_POLICY`
    SodPolicy,
    /// `SOURCE`
    Source,
    /// `TAG`
    Tag,
    /// `TAG_CATEGORY`
    TagCategory,
    /// `TASK_RESULT`
    TaskResult,
    /// `REPORT_RESULT`
    ReportResult,
    /// `SOD_VIOLATION`
    SodViolation,
    /// `ACCOUNT_ACTIVITY`
    AccountActivity,
    /// `WORKGROUP`
    Workgroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3DtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3DtoType::AccountCorrelationConfig => "ACCOUNT_CORRELATION_CONFIG",
            V3DtoType::AccessProfile => "ACCESS_PROFILE",
            V3DtoType::AccessRequestApproval => "ACCESS_REQUEST_APPROVAL",
            V3DtoType::Account => "ACCOUNT",
            V3DtoType::Application => "APPLICATION",
            V3DtoType::Campaign => "CAMPAIGN",
            V3DtoType::CampaignFilter => "CAMPAIGN_FILTER",
            V3DtoType::Certification => "CERTIFICATION",
            V3DtoType::Cluster => "CLUSTER",
            V3DtoType::ConnectorSchema => "CONNECTOR_SCHEMA",
            V3DtoType::Entitlement => "ENTITLEMENT",
            V3DtoType::GovernanceGroup => "GOVERNANCE_GROUP",
            V3DtoType::Identity => "IDENTITY",
            V3DtoType::IdentityProfile => "IDENTITY_PROFILE",
            V3DtoType::IdentityRequest => "IDENTITY_REQUEST",
            V3DtoType::MachineIdentity => "MACHINE_IDENTITY",
            V3DtoType::LifecycleState => "LIFECYCLE_STATE",
            V3DtoType::PasswordPolicy => "PASSWORD_POLICY",
            V3DtoType::Role => "ROLE",
            V3DtoType::Rule => "RULE",
            V3DtoType::SodPolicy => "SOD_POLICY",
            V3DtoType::Source => "SOURCE",
            V3DtoType::Tag => "TAG",
            V3DtoType::TagCategory => "TAG_CATEGORY",
            V3DtoType::TaskResult => "TASK_RESULT",
            V3DtoType::ReportResult => "REPORT_RESULT",
            V3DtoType::SodViolation => "SOD_VIOLATION",
            V3DtoType::AccountActivity => "ACCOUNT_ACTIVITY",
            V3DtoType::Workgroup => "WORKGROUP",
            V3DtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3DtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_CORRELATION_CONFIG" => V3DtoType::AccountCorrelationConfig,
            "ACCESS_PROFILE" => V3DtoType::AccessProfile,
            "ACCESS_REQUEST_APPROVAL" => V3DtoType::AccessRequestApproval,
            "ACCOUNT" => V3DtoType::Account,
            "APPLICATION" => V3DtoType::Application,
            "CAMPAIGN" => V3DtoType::Campaign,
            "CAMPAIGN_FILTER" => V3DtoType::CampaignFilter,
            "CERTIFICATION" => V3DtoType::Certification,
            "CLUSTER" => V3DtoType::Cluster,
            "CONNECTOR_SCHEMA" => V3DtoType::ConnectorSchema,
            "ENTITLEMENT" => V3DtoType::Entitlement,
            "GOVERNANCE_GROUP" => V3DtoType::GovernanceGroup,
            "IDENTITY" => V3DtoType::Identity,
            "IDENTITY_PROFILE" => V3DtoType::IdentityProfile,
            "IDENTITY_REQUEST" => V3DtoType::IdentityRequest,
            "MACHINE_IDENTITY" => V3DtoType::MachineIdentity,
            "LIFECYCLE_STATE" => V3DtoType::LifecycleState,
            "PASSWORD_POLICY" => V3DtoType::PasswordPolicy,
            "ROLE" => V3DtoType::Role,
            "RULE" => V3DtoType::Rule,
            "SOD_POLICY" => V3DtoType::SodPolicy,
            "SOURCE" => V3DtoType::Source,
            "TAG" => V3DtoType::Tag,
            "TAG_CATEGORY" => V3DtoType::TagCategory,
            "TASK_RESULT" => V3DtoType::TaskResult,
            "REPORT_RESULT" => V3DtoType::ReportResult,
            "SOD_VIOLATION" => V3DtoType::SodViolation,
            "ACCOUNT_ACTIVITY" => V3DtoType::AccountActivity,
            "WORKGROUP" => V3DtoType::Workgroup,
            other => V3DtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3DtoType);
