//! `TransformsTransformAttributes`, from `apis/transforms/schemas/transform.yaml#/properties/attributes`.

use crate::models::{
    TransformsAccountattribute, TransformsBase64decode, TransformsBase64encode,
    TransformsConcatenation, TransformsConditional, TransformsDatecompare,
    TransformsDateformat, TransformsDatemath, TransformsDecomposediacriticalmarks,
    TransformsE164phone, TransformsFirstvalid, TransformsIdentityattribute,
    TransformsIndexof, TransformsIso3166, TransformsLeftpad, TransformsLookup,
    TransformsLower, TransformsNamenormalizer, TransformsRandomalphanumeric,
    TransformsRandomnumeric, TransformsReference2, TransformsReplace,
    TransformsReplaceall, TransformsRightpad, TransformsRule, TransformsSplit,
    TransformsStatic, TransformsSubstring, TransformsTrim, TransformsUpper,
    TransformsUuidgenerator,
};

/// Meta-data about the transform. Values in this list are specific to the type of transform to be executed.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`TransformsTransformAttributes::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum TransformsTransformAttributes {
    TransformsAccountattribute(TransformsAccountattribute),
    TransformsBase64decode(TransformsBase64decode),
    TransformsBase64encode(TransformsBase64encode),
    TransformsConcatenation(TransformsConcatenation),
    TransformsConditional(TransformsConditional),
    TransformsDatecompare(TransformsDatecompare),
    TransformsDateformat(TransformsDateformat),
    TransformsDatemath(TransformsDatemath),
    TransformsDecomposediacriticalmarks(TransformsDecomposediacriticalmarks),
    TransformsE164phone(TransformsE164phone),
    TransformsFirstvalid(TransformsFirstvalid),
    TransformsRule(TransformsRule),
    TransformsIdentityattribute(TransformsIdentityattribute),
    TransformsIndexof(TransformsIndexof),
    TransformsIso3166(TransformsIso3166),
    TransformsLeftpad(TransformsLeftpad),
    TransformsLookup(TransformsLookup),
    TransformsLower(TransformsLower),
    TransformsNamenormalizer(TransformsNamenormalizer),
    TransformsRandomalphanumeric(TransformsRandomalphanumeric),
    TransformsRandomnumeric(TransformsRandomnumeric),
    TransformsReference2(TransformsReference2),
    TransformsReplaceall(TransformsReplaceall),
    TransformsReplace(TransformsReplace),
    TransformsRightpad(TransformsRightpad),
    TransformsSplit(TransformsSplit),
    TransformsStatic(TransformsStatic),
    TransformsSubstring(TransformsSubstring),
    TransformsTrim(TransformsTrim),
    TransformsUpper(TransformsUpper),
    TransformsUuidgenerator(TransformsUuidgenerator),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 31] = [
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
            crate::union::Member::new("values", true, crate::union::ARRAY, &[]),
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
            crate::union::Member::new("expression", true, crate::union::ANY, &[]),
            crate::union::Member::new("positiveCondition", true, crate::union::ANY, &[]),
            crate::union::Member::new("negativeCondition", true, crate::union::ANY, &[]),
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
            crate::union::Member::new("firstDate", true, crate::union::ANY, &[]),
            crate::union::Member::new("secondDate", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "operator",
                true,
                crate::union::STRING,
                &["LT", "LTE", "GT", "GTE"],
            ),
            crate::union::Member::new("positiveCondition", true, crate::union::ANY, &[]),
            crate::union::Member::new("negativeCondition", true, crate::union::ANY, &[]),
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
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("expression", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "roundUp",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
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
            crate::union::Member::new("defaultRegion", false, crate::union::ANY, &[]),
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
            crate::union::Member::new("values", true, crate::union::ARRAY, &[]),
            crate::union::Member::new(
                "ignoreErrors",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
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
    crate::union::Alternative::Any,
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
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
            crate::union::Member::new("substring", true, crate::union::ANY, &[]),
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
            crate::union::Member::new("format", false, crate::union::ANY, &[]),
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
            crate::union::Member::new("length", true, crate::union::ANY, &[]),
            crate::union::Member::new("padding", false, crate::union::ANY, &[]),
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
            crate::union::Member::new("table", true, crate::union::OBJECT, &[]),
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
            crate::union::Member::new("length", false, crate::union::ANY, &[]),
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
            crate::union::Member::new("length", false, crate::union::ANY, &[]),
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
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
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
            crate::union::Member::new("table", true, crate::union::OBJECT, &[]),
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
            crate::union::Member::new("regex", true, crate::union::ANY, &[]),
            crate::union::Member::new("replacement", true, crate::union::ANY, &[]),
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
            crate::union::Member::new("length", true, crate::union::ANY, &[]),
            crate::union::Member::new("padding", false, crate::union::ANY, &[]),
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
            crate::union::Member::new("delimiter", true, crate::union::ANY, &[]),
            crate::union::Member::new("index", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "throws",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
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
            crate::union::Member::new("values", true, crate::union::ANY, &[]),
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
            crate::union::Member::new("begin", true, crate::union::NUMBER, &[]),
            crate::union::Member::new("beginOffset", false, crate::union::NUMBER, &[]),
            crate::union::Member::new("end", false, crate::union::NUMBER, &[]),
            crate::union::Member::new("endOffset", false, crate::union::NUMBER, &[]),
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
];

impl<'de> serde::Deserialize<'de> for TransformsTransformAttributes {
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
                        .map(TransformsTransformAttributes::TransformsAccountattribute)
                }
                1 => {
                    <TransformsBase64decode as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsBase64decode)
                }
                2 => {
                    <TransformsBase64encode as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsBase64encode)
                }
                3 => {
                    <TransformsConcatenation as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsConcatenation)
                }
                4 => {
                    <TransformsConditional as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsConditional)
                }
                5 => {
                    <TransformsDatecompare as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsDatecompare)
                }
                6 => {
                    <TransformsDateformat as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsDateformat)
                }
                7 => {
                    <TransformsDatemath as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsDatemath)
                }
                8 => {
                    <TransformsDecomposediacriticalmarks as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            TransformsTransformAttributes::TransformsDecomposediacriticalmarks,
                        )
                }
                9 => {
                    <TransformsE164phone as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsE164phone)
                }
                10 => {
                    <TransformsFirstvalid as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsFirstvalid)
                }
                11 => {
                    <TransformsRule as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsRule)
                }
                12 => {
                    <TransformsIdentityattribute as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TransformsTransformAttributes::TransformsIdentityattribute)
                }
                13 => {
                    <TransformsIndexof as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsIndexof)
                }
                14 => {
                    <TransformsIso3166 as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsIso3166)
                }
                15 => {
                    <TransformsLeftpad as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsLeftpad)
                }
                16 => {
                    <TransformsLookup as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsLookup)
                }
                17 => {
                    <TransformsLower as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsLower)
                }
                18 => {
                    <TransformsNamenormalizer as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsNamenormalizer)
                }
                19 => {
                    <TransformsRandomalphanumeric as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TransformsTransformAttributes::TransformsRandomalphanumeric)
                }
                20 => {
                    <TransformsRandomnumeric as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsRandomnumeric)
                }
                21 => {
                    <TransformsReference2 as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsReference2)
                }
                22 => {
                    <TransformsReplaceall as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsReplaceall)
                }
                23 => {
                    <TransformsReplace as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsReplace)
                }
                24 => {
                    <TransformsRightpad as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsRightpad)
                }
                25 => {
                    <TransformsSplit as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsSplit)
                }
                26 => {
                    <TransformsStatic as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsStatic)
                }
                27 => {
                    <TransformsSubstring as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsSubstring)
                }
                28 => {
                    <TransformsTrim as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsTrim)
                }
                29 => {
                    <TransformsUpper as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsUpper)
                }
                30 => {
                    <TransformsUuidgenerator as serde::Deserialize>::deserialize(&value)
                        .map(TransformsTransformAttributes::TransformsUuidgenerator)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(TransformsTransformAttributes::Other(value))
    }
}

impl From<TransformsAccountattribute> for TransformsTransformAttributes {
    fn from(value: TransformsAccountattribute) -> Self {
        TransformsTransformAttributes::TransformsAccountattribute(value)
    }
}

impl From<TransformsBase64decode> for TransformsTransformAttributes {
    fn from(value: TransformsBase64decode) -> Self {
        TransformsTransformAttributes::TransformsBase64decode(value)
    }
}

impl From<TransformsBase64encode> for TransformsTransformAttributes {
    fn from(value: TransformsBase64encode) -> Self {
        TransformsTransformAttributes::TransformsBase64encode(value)
    }
}

impl From<TransformsConcatenation> for TransformsTransformAttributes {
    fn from(value: TransformsConcatenation) -> Self {
        TransformsTransformAttributes::TransformsConcatenation(value)
    }
}

impl From<TransformsConditional> for TransformsTransformAttributes {
    fn from(value: TransformsConditional) -> Self {
        TransformsTransformAttributes::TransformsConditional(value)
    }
}

impl From<TransformsDatecompare> for TransformsTransformAttributes {
    fn from(value: TransformsDatecompare) -> Self {
        TransformsTransformAttributes::TransformsDatecompare(value)
    }
}

impl From<TransformsDateformat> for TransformsTransformAttributes {
    fn from(value: TransformsDateformat) -> Self {
        TransformsTransformAttributes::TransformsDateformat(value)
    }
}

impl From<TransformsDatemath> for TransformsTransformAttributes {
    fn from(value: TransformsDatemath) -> Self {
        TransformsTransformAttributes::TransformsDatemath(value)
    }
}

impl From<TransformsDecomposediacriticalmarks> for TransformsTransformAttributes {
    fn from(value: TransformsDecomposediacriticalmarks) -> Self {
        TransformsTransformAttributes::TransformsDecomposediacriticalmarks(value)
    }
}

impl From<TransformsE164phone> for TransformsTransformAttributes {
    fn from(value: TransformsE164phone) -> Self {
        TransformsTransformAttributes::TransformsE164phone(value)
    }
}

impl From<TransformsFirstvalid> for TransformsTransformAttributes {
    fn from(value: TransformsFirstvalid) -> Self {
        TransformsTransformAttributes::TransformsFirstvalid(value)
    }
}

impl From<TransformsRule> for TransformsTransformAttributes {
    fn from(value: TransformsRule) -> Self {
        TransformsTransformAttributes::TransformsRule(value)
    }
}

impl From<TransformsIdentityattribute> for TransformsTransformAttributes {
    fn from(value: TransformsIdentityattribute) -> Self {
        TransformsTransformAttributes::TransformsIdentityattribute(value)
    }
}

impl From<TransformsIndexof> for TransformsTransformAttributes {
    fn from(value: TransformsIndexof) -> Self {
        TransformsTransformAttributes::TransformsIndexof(value)
    }
}

impl From<TransformsIso3166> for TransformsTransformAttributes {
    fn from(value: TransformsIso3166) -> Self {
        TransformsTransformAttributes::TransformsIso3166(value)
    }
}

impl From<TransformsLeftpad> for TransformsTransformAttributes {
    fn from(value: TransformsLeftpad) -> Self {
        TransformsTransformAttributes::TransformsLeftpad(value)
    }
}

impl From<TransformsLookup> for TransformsTransformAttributes {
    fn from(value: TransformsLookup) -> Self {
        TransformsTransformAttributes::TransformsLookup(value)
    }
}

impl From<TransformsLower> for TransformsTransformAttributes {
    fn from(value: TransformsLower) -> Self {
        TransformsTransformAttributes::TransformsLower(value)
    }
}

impl From<TransformsNamenormalizer> for TransformsTransformAttributes {
    fn from(value: TransformsNamenormalizer) -> Self {
        TransformsTransformAttributes::TransformsNamenormalizer(value)
    }
}

impl From<TransformsRandomalphanumeric> for TransformsTransformAttributes {
    fn from(value: TransformsRandomalphanumeric) -> Self {
        TransformsTransformAttributes::TransformsRandomalphanumeric(value)
    }
}

impl From<TransformsRandomnumeric> for TransformsTransformAttributes {
    fn from(value: TransformsRandomnumeric) -> Self {
        TransformsTransformAttributes::TransformsRandomnumeric(value)
    }
}

impl From<TransformsReference2> for TransformsTransformAttributes {
    fn from(value: TransformsReference2) -> Self {
        TransformsTransformAttributes::TransformsReference2(value)
    }
}

impl From<TransformsReplaceall> for TransformsTransformAttributes {
    fn from(value: TransformsReplaceall) -> Self {
        TransformsTransformAttributes::TransformsReplaceall(value)
    }
}

impl From<TransformsReplace> for TransformsTransformAttributes {
    fn from(value: TransformsReplace) -> Self {
        TransformsTransformAttributes::TransformsReplace(value)
    }
}

impl From<TransformsRightpad> for TransformsTransformAttributes {
    fn from(value: TransformsRightpad) -> Self {
        TransformsTransformAttributes::TransformsRightpad(value)
    }
}

impl From<TransformsSplit> for TransformsTransformAttributes {
    fn from(value: TransformsSplit) -> Self {
        TransformsTransformAttributes::TransformsSplit(value)
    }
}

impl From<TransformsStatic> for TransformsTransformAttributes {
    fn from(value: TransformsStatic) -> Self {
        TransformsTransformAttributes::TransformsStatic(value)
    }
}

impl From<TransformsSubstring> for TransformsTransformAttributes {
    fn from(value: TransformsSubstring) -> Self {
        TransformsTransformAttributes::TransformsSubstring(value)
    }
}

impl From<TransformsTrim> for TransformsTransformAttributes {
    fn from(value: TransformsTrim) -> Self {
        TransformsTransformAttributes::TransformsTrim(value)
    }
}

impl From<TransformsUpper> for TransformsTransformAttributes {
    fn from(value: TransformsUpper) -> Self {
        TransformsTransformAttributes::TransformsUpper(value)
    }
}

impl From<TransformsUuidgenerator> for TransformsTransformAttributes {
    fn from(value: TransformsUuidgenerator) -> Self {
        TransformsTransformAttributes::TransformsUuidgenerator(value)
    }
}
