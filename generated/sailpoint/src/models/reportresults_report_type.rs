//! `ReportresultsReportType`, from `apis/reports-data-extraction/schemas/reportresults.yaml#/properties/reportType`.

/// Use this property to define what report should be processed in the RDE service.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReportresultsReportType {
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

impl ReportresultsReportType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReportresultsReportType::Accounts => "ACCOUNTS",
            ReportresultsReportType::IdentitiesDetails => "IDENTITIES_DETAILS",
            ReportresultsReportType::Identities => "IDENTITIES",
            ReportresultsReportType::IdentityProfileIdentityError => {
                "IDENTITY_PROFILE_IDENTITY_ERROR"
            }
            ReportresultsReportType::OrphanIdentities => "ORPHAN_IDENTITIES",
            ReportresultsReportType::SearchExport => "SEARCH_EXPORT",
            ReportresultsReportType::UncorrelatedAccounts => "UNCORRELATED_ACCOUNTS",
            ReportresultsReportType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReportresultsReportType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNTS" => ReportresultsReportType::Accounts,
            "IDENTITIES_DETAILS" => ReportresultsReportType::IdentitiesDetails,
            "IDENTITIES" => ReportresultsReportType::Identities,
            "IDENTITY_PROFILE_IDENTITY_ERROR" => {
                ReportresultsReportType::IdentityProfileIdentityError
            }
            "ORPHAN_IDENTITIES" => ReportresultsReportType::OrphanIdentities,
            "SEARCH_EXPORT" => ReportresultsReportType::SearchExport,
            "UNCORRELATED_ACCOUNTS" => ReportresultsReportType::UncorrelatedAccounts,
            other => ReportresultsReportType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReportresultsReportType);
