//! `ReportdetailsArguments`, from `apis/reports-data-extraction/schemas/reportdetails.yaml#/properties/arguments`.

use crate::models::{
    AccountsExportReportArguments, IdentitiesDetailsReportArguments,
    IdentitiesReportArguments, IdentityProfileIdentityErrorReportArguments,
    OrphanIdentitiesReportArguments, SearchExportReportArguments,
    UncorrelatedAccountsReportArguments,
};

/// The string-object map(dictionary) with the arguments needed for report processing.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`ReportdetailsArguments::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ReportdetailsArguments {
    AccountsExportReportArguments(AccountsExportReportArguments),
    IdentitiesDetailsReportArguments(IdentitiesDetailsReportArguments),
    IdentitiesReportArguments(IdentitiesReportArguments),
    IdentityProfileIdentityErrorReportArguments(
        IdentityProfileIdentityErrorReportArguments,
    ),
    OrphanIdentitiesReportArguments(OrphanIdentitiesReportArguments),
    SearchExportReportArguments(SearchExportReportArguments),
    UncorrelatedAccountsReportArguments(UncorrelatedAccountsReportArguments),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 7] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("application", true, crate::union::ANY, &[]),
            crate::union::Member::new("sourceName", true, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "correlatedOnly",
                true,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "correlatedOnly",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "authoritativeSource",
                true,
                crate::union::ANY,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("selectedFormats", false, crate::union::ARRAY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("indices", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("query", true, crate::union::ANY, &[]),
            crate::union::Member::new("columns", false, crate::union::ANY, &[]),
            crate::union::Member::new("sort", false, crate::union::ARRAY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("selectedFormats", false, crate::union::ARRAY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for ReportdetailsArguments {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <AccountsExportReportArguments as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(ReportdetailsArguments::AccountsExportReportArguments)
                }
                1 => {
                    <IdentitiesDetailsReportArguments as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(ReportdetailsArguments::IdentitiesDetailsReportArguments)
                }
                2 => {
                    <IdentitiesReportArguments as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(ReportdetailsArguments::IdentitiesReportArguments)
                }
                3 => {
                    <IdentityProfileIdentityErrorReportArguments as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            ReportdetailsArguments::IdentityProfileIdentityErrorReportArguments,
                        )
                }
                4 => {
                    <OrphanIdentitiesReportArguments as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(ReportdetailsArguments::OrphanIdentitiesReportArguments)
                }
                5 => {
                    <SearchExportReportArguments as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(ReportdetailsArguments::SearchExportReportArguments)
                }
                6 => {
                    <UncorrelatedAccountsReportArguments as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(ReportdetailsArguments::UncorrelatedAccountsReportArguments)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(ReportdetailsArguments::Other(value))
    }
}

impl From<AccountsExportReportArguments> for ReportdetailsArguments {
    fn from(value: AccountsExportReportArguments) -> Self {
        ReportdetailsArguments::AccountsExportReportArguments(value)
    }
}

impl From<IdentitiesDetailsReportArguments> for ReportdetailsArguments {
    fn from(value: IdentitiesDetailsReportArguments) -> Self {
        ReportdetailsArguments::IdentitiesDetailsReportArguments(value)
    }
}

impl From<IdentitiesReportArguments> for ReportdetailsArguments {
    fn from(value: IdentitiesReportArguments) -> Self {
        ReportdetailsArguments::IdentitiesReportArguments(value)
    }
}

impl From<IdentityProfileIdentityErrorReportArguments> for ReportdetailsArguments {
    fn from(value: IdentityProfileIdentityErrorReportArguments) -> Self {
        ReportdetailsArguments::IdentityProfileIdentityErrorReportArguments(value)
    }
}

impl From<OrphanIdentitiesReportArguments> for ReportdetailsArguments {
    fn from(value: OrphanIdentitiesReportArguments) -> Self {
        ReportdetailsArguments::OrphanIdentitiesReportArguments(value)
    }
}

impl From<SearchExportReportArguments> for ReportdetailsArguments {
    fn from(value: SearchExportReportArguments) -> Self {
        ReportdetailsArguments::SearchExportReportArguments(value)
    }
}

impl From<UncorrelatedAccountsReportArguments> for ReportdetailsArguments {
    fn from(value: UncorrelatedAccountsReportArguments) -> Self {
        ReportdetailsArguments::UncorrelatedAccountsReportArguments(value)
    }
}
