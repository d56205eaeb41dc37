//! `TransformsRule`, from `apis/transforms/schemas/rule.yaml`.

use crate::models::{
    TransformsGeneraterandomstring, TransformsGetreferenceidentityattribute,
    TransformsTransformrule,
};

/// `TransformsRule` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`TransformsRule::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum TransformsRule {
    TransformsTransformrule(TransformsTransformrule),
    TransformsGeneraterandomstring(TransformsGeneraterandomstring),
    TransformsGetreferenceidentityattribute(TransformsGetreferenceidentityattribute),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 3] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "requiresPeriodicRefresh",
                false,
                crate::union::BOOLEAN,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new("operation", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "includeNumbers",
                true,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "includeSpecialChars",
                true,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("length", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "requiresPeriodicRefresh",
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
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new("operation", true, crate::union::ANY, &[]),
            crate::union::Member::new("uid", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "requiresPeriodicRefresh",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for TransformsRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <TransformsTransformrule as serde::Deserialize>::deserialize(&value)
                        .map(TransformsRule::TransformsTransformrule)
                }
                1 => {
                    <TransformsGeneraterandomstring as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TransformsRule::TransformsGeneraterandomstring)
                }
                2 => {
                    <TransformsGetreferenceidentityattribute as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TransformsRule::TransformsGetreferenceidentityattribute)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(TransformsRule::Other(value))
    }
}

impl From<TransformsTransformrule> for TransformsRule {
    fn from(value: TransformsTransformrule) -> Self {
        TransformsRule::TransformsTransformrule(value)
    }
}

impl From<TransformsGeneraterandomstring> for TransformsRule {
    fn from(value: TransformsGeneraterandomstring) -> Self {
        TransformsRule::TransformsGeneraterandomstring(value)
    }
}

impl From<TransformsGetreferenceidentityattribute> for TransformsRule {
    fn from(value: TransformsGetreferenceidentityattribute) -> Self {
        TransformsRule::TransformsGetreferenceidentityattribute(value)
    }
}
