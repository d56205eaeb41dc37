//! `DtoType`, from `v2024/schemas/DtoType.yaml`.

/// An enumeration of the types of DTOs supported within the IdentityNow infrastructure.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DtoType {
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

impl DtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DtoType::AccountCorrelationConfig => "ACCOUNT_CORRELATION_CONFIG",
            DtoType::AccessProfile => "ACCESS_PROFILE",
            DtoType::AccessRequestApproval => "ACCESS_REQUEST_APPROVAL",
            DtoType::Account => "ACCOUNT",
            DtoType::Application => "APPLICATION",
            DtoType::Campaign => "CAMPAIGN",
            DtoType::CampaignFilter => "CAMPAIGN_FILTER",
            DtoType::Certification => "CERTIFICATION",
            DtoType::Cluster => "CLUSTER",
            DtoType::ConnectorSchema => "CONNECTOR_SCHEMA",
            DtoType::Entitlement => "ENTITLEMENT",
            DtoType::GovernanceGroup => "GOVERNANCE_GROUP",
            DtoType::Identity => "IDENTITY",
            DtoType::IdentityProfile => "IDENTITY_PROFILE",
            DtoType::IdentityRequest => "IDENTITY_REQUEST",
            DtoType::MachineIdentity => "MACHINE_IDENTITY",
            DtoType::LifecycleState => "LIFECYCLE_STATE",
            DtoType::PasswordPolicy => "PASSWORD_POLICY",
            DtoType::Role => "ROLE",
            DtoType::Rule => "RULE",
            DtoType::SodPolicy => "SOD_POLICY",
            DtoType::Source => "SOURCE",
            DtoType::Tag => "TAG",
            DtoType::TagCategory => "TAG_CATEGORY",
            DtoType::TaskResult => "TASK_RESULT",
            DtoType::ReportResult => "REPORT_RESULT",
            DtoType::SodViolation => "SOD_VIOLATION",
            DtoType::AccountActivity => "ACCOUNT_ACTIVITY",
            DtoType::Workgroup => "WORKGROUP",
            DtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_CORRELATION_CONFIG" => DtoType::AccountCorrelationConfig,
            "ACCESS_PROFILE" => DtoType::AccessProfile,
            "ACCESS_REQUEST_APPROVAL" => DtoType::AccessRequestApproval,
            "ACCOUNT" => DtoType::Account,
            "APPLICATION" => DtoType::Application,
            "CAMPAIGN" => DtoType::Campaign,
            "CAMPAIGN_FILTER" => DtoType::CampaignFilter,
            "CERTIFICATION" => DtoType::Certification,
            "CLUSTER" => DtoType::Cluster,
            "CONNECTOR_SCHEMA" => DtoType::ConnectorSchema,
            "ENTITLEMENT" => DtoType::Entitlement,
            "GOVERNANCE_GROUP" => DtoType::GovernanceGroup,
            "IDENTITY" => DtoType::Identity,
            "IDENTITY_PROFILE" => DtoType::IdentityProfile,
            "IDENTITY_REQUEST" => DtoType::IdentityRequest,
            "MACHINE_IDENTITY" => DtoType::MachineIdentity,
            "LIFECYCLE_STATE" => DtoType::LifecycleState,
            "PASSWORD_POLICY" => DtoType::PasswordPolicy,
            "ROLE" => DtoType::Role,
            "RULE" => DtoType::Rule,
            "SOD_POLICY" => DtoType::SodPolicy,
            "SOURCE" => DtoType::Source,
            "TAG" => DtoType::Tag,
            "TAG_CATEGORY" => DtoType::TagCategory,
            "TASK_RESULT" => DtoType::TaskResult,
            "REPORT_RESULT" => DtoType::ReportResult,
            "SOD_VIOLATION" => DtoType::SodViolation,
            "ACCOUNT_ACTIVITY" => DtoType::AccountActivity,
            "WORKGROUP" => DtoType::Workgroup,
            other => DtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DtoType);
