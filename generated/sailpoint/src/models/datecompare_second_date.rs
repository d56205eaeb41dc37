//! `DatecompareSecondDate`, from `apis/sources/schemas/datecompare.yaml#/properties/secondDate`.

use crate::models::{Accountattribute, Dateformat};

/// This is the second date to consider (The date that would be on the right hand side of the comparison operation).
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`DatecompareSecondDate::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DatecompareSecondDate {
    Accountattribute(Accountattribute),
    Dateformat(Dateformat),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("sourceName", true, crate::union::ANY, &[]),
            crate::union::Member::new("attributeName", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "accountSortAttribute",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new(
                "accountSortDescending",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "accountReturnFirstLink",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("accountFilter", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "accountPropertyFilter",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new(
                "requiresPeriodicRefresh",
                false,
                crate::union::BOOLEAN,
                &[],
            ),
            crate::union::Member::new("input", false, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("inputFormat", false, crate::union::ANY, &[]),
            crate::union::Member::new("outputFormat", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "requiresPeriodicRefresh",
                false,
                crate::union::BOOLEAN,
                &[],
            ),
            crate::union::Member::new("input", false, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for DatecompareSecondDate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Accountattribute as serde::Deserialize>::deserialize(&value)
                        .map(DatecompareSecondDate::Accountattribute)
                }
                1 => {
                    <Dateformat as serde::Deserialize>::deserialize(&value)
                        .map(DatecompareSecondDate::Dateformat)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(DatecompareSecondDate::Other(value))
    }
}

impl From<Accountattribute> for DatecompareSecondDate {
    fn from(value: Accountattribute) -> Self {
        DatecompareSecondDate::Accountattribute(value)
    }
}

impl From<Dateformat> for DatecompareSecondDate {
    fn from(value: Dateformat) -> Self {
        DatecompareSecondDate::Dateformat(value)
    }
}
