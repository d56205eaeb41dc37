//! `TransformsDatecompareFirstDate`, from `apis/transforms/schemas/datecompare.yaml#/properties/firstDate`.

use crate::models::{TransformsAccountattribute, TransformsDateformat};

/// This is the first date to consider (The date that would be on the left hand side of the comparison operation).
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`TransformsDatecompareFirstDate::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum TransformsDatecompareFirstDate {
    TransformsAccountattribute(TransformsAccountattribute),
    TransformsDateformat(TransformsDateformat),
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

impl<'de> serde::Deserialize<'de> for TransformsDatecompareFirstDate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <TransformsAccountattribute as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TransformsDatecompareFirstDate::TransformsAccountattribute)
                }
                1 => {
                    <TransformsDateformat as serde::Deserialize>::deserialize(&value)
                        .map(TransformsDatecompareFirstDate::TransformsDateformat)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(TransformsDatecompareFirstDate::Other(value))
    }
}

impl From<TransformsAccountattribute> for TransformsDatecompareFirstDate {
    fn from(value: TransformsAccountattribute) -> Self {
        TransformsDatecompareFirstDate::TransformsAccountattribute(value)
    }
}

impl From<TransformsDateformat> for TransformsDatecompareFirstDate {
    fn from(value: TransformsDateformat) -> Self {
        TransformsDatecompareFirstDate::TransformsDateformat(value)
    }
}
