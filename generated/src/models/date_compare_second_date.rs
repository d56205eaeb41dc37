//! `DateCompareSecondDate`, from `v3/schemas/transforms/DateCompare.yaml#/properties/secondDate`.

use crate::models::{AccountAttribute, DateFormat};

/// This is the second date to consider (The date that would be on the right hand side of the comparison operation).
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DateCompareSecondDate {
    AccountAttribute(AccountAttribute),
    DateFormat(DateFormat),
}

impl From<AccountAttribute> for DateCompareSecondDate {
    fn from(value: AccountAttribute) -> Self {
        DateCompareSecondDate::AccountAttribute(value)
    }
}

impl From<DateFormat> for DateCompareSecondDate {
    fn from(value: DateFormat) -> Self {
        DateCompareSecondDate::DateFormat(value)
    }
}
