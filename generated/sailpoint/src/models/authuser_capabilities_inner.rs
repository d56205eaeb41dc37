//! `AuthuserCapabilitiesInner`, from `apis/auth-users/schemas/authuser.yaml#/properties/capabilities/items`.

/// `AuthuserCapabilitiesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthuserCapabilitiesInner {
    /// `CERT_ADMIN`
    CertAdmin,
    /// `CLOUD_GOV_ADMIN`
    CloudGovAdmin,
    /// `CLOUD_GOV_USER`
    CloudGovUser,
    /// `HELPDESK`
    Helpdesk,
    /// `INTERNAL`
    Internal,
    /// `ORG_ADMIN`
    OrgAdmin,
    /// `POLICY_ADMIN`
    PolicyAdmin,
    /// `REPORT_ADMIN`
    ReportAdmin,
    /// `ROLE_ADMIN`
    RoleAdmin,
    /// `ROLE_SUBADMIN`
    RoleSubadmin,
    /// `SAAS_MANAGEMENT_ADMIN`
    SaasManagementAdmin,
    /// `SAAS_MANAGEMENT_READER`
    SaasManagementReader,
    /// `SOURCE_ADMIN`
    SourceAdmin,
    /// `SOURCE_SUBADMIN`
    SourceSubadmin,
    /// `das:ui-administrator`
    DasUiAdministrator,
    /// `das:ui-compliance_manager`
    DasUiComplianceManager,
    /// `das:ui-auditor`
    DasUiAuditor,
    /// `das:ui-data-scope`
    DasUiDataScope,
    /// `sp:aic-dashboard-read`
    SpAicDashboardRead,
    /// `sp:aic-dashboard-write`
    SpAicDashboardWrite,
    /// `sp:ui-config-hub-admin`
    SpUiConfigHubAdmin,
    /// `sp:ui-config-hub-backup-admin`
    SpUiConfigHubBackupAdmin,
    /// `sp:ui-config-hub-read`
    SpUiConfigHubRead,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AuthuserCapabilitiesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AuthuserCapabilitiesInner::CertAdmin => "CERT_ADMIN",
            AuthuserCapabilitiesInner::CloudGovAdmin => "CLOUD_GOV_ADMIN",
            AuthuserCapabilitiesInner::CloudGovUser => "CLOUD_GOV_USER",
            AuthuserCapabilitiesInner::Helpdesk => "HELPDESK",
            AuthuserCapabilitiesInner::Internal => "INTERNAL",
            AuthuserCapabilitiesInner::OrgAdmin => "ORG_ADMIN",
            AuthuserCapabilitiesInner::PolicyAdmin => "POLICY_ADMIN",
            AuthuserCapabilitiesInner::ReportAdmin => "REPORT_ADMIN",
            AuthuserCapabilitiesInner::RoleAdmin => "ROLE_ADMIN",
            AuthuserCapabilitiesInner::RoleSubadmin => "ROLE_SUBADMIN",
            AuthuserCapabilitiesInner::SaasManagementAdmin => "SAAS_MANAGEMENT_ADMIN",
            AuthuserCapabilitiesInner::SaasManagementReader => "SAAS_MANAGEMENT_READER",
            AuthuserCapabilitiesInner::SourceAdmin => "SOURCE_ADMIN",
            AuthuserCapabilitiesInner::SourceSubadmin => "SOURCE_SUBADMIN",
            AuthuserCapabilitiesInner::DasUiAdministrator => "das:ui-administrator",
            AuthuserCapabilitiesInner::DasUiComplianceManager => {
                "das:ui-compliance_manager"
            }
            AuthuserCapabilitiesInner::DasUiAuditor => "das:ui-auditor",
            AuthuserCapabilitiesInner::DasUiDataScope => "das:ui-data-scope",
            AuthuserCapabilitiesInner::SpAicDashboardRead => "sp:aic-dashboard-read",
            AuthuserCapabilitiesInner::SpAicDashboardWrite => "sp:aic-dashboard-write",
            AuthuserCapabilitiesInner::SpUiConfigHubAdmin => "sp:ui-config-hub-admin",
            AuthuserCapabilitiesInner::SpUiConfigHubBackupAdmin => {
                "sp:ui-config-hub-backup-admin"
            }
            AuthuserCapabilitiesInner::SpUiConfigHubRead => "sp:ui-config-hub-read",
            AuthuserCapabilitiesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for AuthuserCapabilitiesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CERT_ADMIN" => AuthuserCapabilitiesInner::CertAdmin,
            "CLOUD_GOV_ADMIN" => AuthuserCapabilitiesInner::CloudGovAdmin,
            "CLOUD_GOV_USER" => AuthuserCapabilitiesInner::CloudGovUser,
            "HELPDESK" => AuthuserCapabilitiesInner::Helpdesk,
            "INTERNAL" => AuthuserCapabilitiesInner::Internal,
            "ORG_ADMIN" => AuthuserCapabilitiesInner::OrgAdmin,
            "POLICY_ADMIN" => AuthuserCapabilitiesInner::PolicyAdmin,
            "REPORT_ADMIN" => AuthuserCapabilitiesInner::ReportAdmin,
            "ROLE_ADMIN" => AuthuserCapabilitiesInner::RoleAdmin,
            "ROLE_SUBADMIN" => AuthuserCapabilitiesInner::RoleSubadmin,
            "SAAS_MANAGEMENT_ADMIN" => AuthuserCapabilitiesInner::SaasManagementAdmin,
            "SAAS_MANAGEMENT_READER" => AuthuserCapabilitiesInner::SaasManagementReader,
            "SOURCE_ADMIN" => AuthuserCapabilitiesInner::SourceAdmin,
            "SOURCE_SUBADMIN" => AuthuserCapabilitiesInner::SourceSubadmin,
            "das:ui-administrator" => AuthuserCapabilitiesInner::DasUiAdministrator,
            "das:ui-compliance_manager" => {
                AuthuserCapabilitiesInner::DasUiComplianceManager
            }
            "das:ui-auditor" => AuthuserCapabilitiesInner::DasUiAuditor,
            "das:ui-data-scope" => AuthuserCapabilitiesInner::DasUiDataScope,
            "sp:aic-dashboard-read" => AuthuserCapabilitiesInner::SpAicDashboardRead,
            "sp:aic-dashboard-write" => AuthuserCapabilitiesInner::SpAicDashboardWrite,
            "sp:ui-config-hub-admin" => AuthuserCapabilitiesInner::SpUiConfigHubAdmin,
            "sp:ui-config-hub-backup-admin" => {
                AuthuserCapabilitiesInner::SpUiConfigHubBackupAdmin
            }
            "sp:ui-config-hub-read" => AuthuserCapabilitiesInner::SpUiConfigHubRead,
            other => AuthuserCapabilitiesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AuthuserCapabilitiesInner);
