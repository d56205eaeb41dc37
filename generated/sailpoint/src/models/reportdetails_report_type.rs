//! `ReportdetailsReportType`, from `apis/reports-data-extraction/schemas/reportdetails.yaml#/properties/reportType`.

/// Use this property to define what report should be processed in the RDE service.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReportdetailsReportType {
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

impl ReportdetailsReportType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReportdetailsReportType::Accounts => "ACCOUNTS",
            ReportdetailsReportType::IdentitiesDetails => "IDENTITIES_DETAILS",
            ReportdetailsReportType::Identities => "IDENTITIES",
            ReportdetailsReportType::IdentityProfileIdentityError => {
                "IDENTITY_PROFILE_IDENTITY_ERROR"
            }
            ReportdetailsReportType::OrphanIdentities => "ORPHAN_IDENTITIES",
            ReportdetailsReportType::SearchExport => "SEARCH_EXPORT",
            ReportdetailsReportType::UncorrelatedAccounts => "UNCORRELATED_ACCOUNTS",
            ReportdetailsReportType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReportdetailsReportType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNTS" => ReportdetailsReportType::Accounts,
            "IDENTITIES_DETAILS" => ReportdetailsReportType::IdentitiesDetails,
            "IDENTITIES" => ReportdetailsReportType::Identities,
            "IDENTITY_PROFILE_IDENTITY_ERROR" => {
                ReportdetailsReportType::IdentityProfileIdentityError
            }
            "ORPHAN_IDENTITIES" => ReportdetailsReportType::OrphanIdentities,
            "SEARCH_EXPORT" => ReportdetailsReportType::SearchExport,
            "UNCORRELATED_ACCOUNTS" => ReportdetailsReportType::UncorrelatedAccounts,
            other => ReportdetailsReportType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReportdetailsReportType);
