//! `TaskresultdetailsReportType`, from `apis/reports-data-extraction/schemas/taskresultdetails.yaml#/properties/reportType`.

/// Use this property to define what report should be processed in the RDE service.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskresultdetailsReportType {
    /// `ACCOUNTS`
    Accounts,
    /// `IDENTITIES_DETAILS`
    IdentitiesDetails,
    /// `IDENTITIES`
    Identities,
    /// `IDENTITY_PROFILE_IDENTITY_ERROR`
    IdentityProfileIdentityError,
    /// `ORPHAN_IDENTITIES`
    OrphanIdentities,
    /// `SEARCH_EXPORT`
    SearchExport,
    /// `UNCORRELATED_ACCOUNTS`
    UncorrelatedAccounts,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskresultdetailsReportType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskresultdetailsReportType::Accounts => "ACCOUNTS",
            TaskresultdetailsReportType::IdentitiesDetails => "IDENTITIES_DETAILS",
            TaskresultdetailsReportType::Identities => "IDENTITIES",
            TaskresultdetailsReportType::IdentityProfileIdentityError => {
                "IDENTITY_PROFILE_IDENTITY_ERROR"
            }
            TaskresultdetailsReportType::OrphanIdentities => "ORPHAN_IDENTITIES",
            TaskresultdetailsReportType::SearchExport => "SEARCH_EXPORT",
            TaskresultdetailsReportType::UncorrelatedAccounts => "UNCORRELATED_ACCOUNTS",
            TaskresultdetailsReportType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskresultdetailsReportType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNTS" => TaskresultdetailsReportType::Accounts,
            "IDENTITIES_DETAILS" => TaskresultdetailsReportType::IdentitiesDetails,
            "IDENTITIES" => TaskresultdetailsReportType::Identities,
            "IDENTITY_PROFILE_IDENTITY_ERROR" => {
                TaskresultdetailsReportType::IdentityProfileIdentityError
            }
            "ORPHAN_IDENTITIES" => TaskresultdetailsReportType::OrphanIdentities,
            "SEARCH_EXPORT" => TaskresultdetailsReportType::SearchExport,
            "UNCORRELATED_ACCOUNTS" => TaskresultdetailsReportType::UncorrelatedAccounts,
            other => TaskresultdetailsReportType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskresultdetailsReportType);
