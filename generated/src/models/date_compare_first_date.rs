//! `DateCompareFirstDate`, from `v3/schemas/transforms/DateCompare.yaml#/properties/firstDate`.

use crate::models::{AccountAttribute, DateFormat};

/// This is the first date to consider (The date that would be on the left hand side of the comparison operation).
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DateCompareFirstDate {
    AccountAttribute(AccountAttribute),
    DateFormat(DateFormat),
}

impl From<AccountAttribute> for DateCompareFirstDate {
    fn from(value: AccountAttribute) -> Self {
        DateCompareFirstDate::AccountAttribute(value)
    }
}

impl From<DateFormat> for DateCompareFirstDate {
    fn from(value: DateFormat) -> Self {
        DateCompareFirstDate::DateFormat(value)
    }
}
