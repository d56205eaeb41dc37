//! `TransformAttributes`, from `apis/sources/schemas/transform.yaml#/properties/attributes`.

use crate::models::{
    Accountattribute, Base64decode, Base64encode, Concatenation, Conditional,
    Datecompare, Dateformat, Datemath, Decomposediacriticalmarks, E164phone, Firstvalid,
    Identityattribute, Indexof, Iso3166, Leftpad, Lookup, Lower, Namenormalizer,
    Randomalphanumeric, Randomnumeric, Reference2, Replace, Replaceall, Rightpad, Rule,
    Split, Static, Substring, Trim, Upper, Uuidgenerator,
};

/// Meta-data about the transform. Values in this list are specific to the type of transform to be executed.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`TransformAttributes::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum TransformAttributes {
    Accountattribute(Accountattribute),
    Base64decode(Base64decode),
    Base64encode(Base64encode),
    Concatenation(Concatenation),
    Conditional(Conditional),
    Datecompare(Datecompare),
    Dateformat(Dateformat),
    Datemath(Datemath),
    Decomposediacriticalmarks(Decomposediacriticalmarks),
    E164phone(E164phone),
    Firstvalid(Firstvalid),
    Rule(Rule),
    Identityattribute(Identityattribute),
    Indexof(Indexof),
    Iso3166(Iso3166),
    Leftpad(Leftpad),
    Lookup(Lookup),
    Lower(Lower),
    Namenormalizer(Namenormalizer),
    Randomalphanumeric(Randomalphanumeric),
    Randomnumeric(Randomnumeric),
    Reference2(Reference2),
    Replaceall(Replaceall),
    Replace(Replace),
    Rightpad(Rightpad),
    Split(Split),
    Static(Static),
    Substring(Substring),
    Trim(Trim),
    Upper(Upper),
    Uuidgenerator(Uuidgenerator),
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

impl<'de> serde::Deserialize<'de> for TransformAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Accountattribute as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Accountattribute)
                }
                1 => {
                    <Base64decode as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Base64decode)
                }
                2 => {
                    <Base64encode as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Base64encode)
                }
                3 => {
                    <Concatenation as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Concatenation)
                }
                4 => {
                    <Conditional as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Conditional)
                }
                5 => {
                    <Datecompare as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Datecompare)
                }
                6 => {
                    <Dateformat as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Dateformat)
                }
                7 => {
                    <Datemath as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Datemath)
                }
                8 => {
                    <Decomposediacriticalmarks as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TransformAttributes::Decomposediacriticalmarks)
                }
                9 => {
                    <E164phone as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::E164phone)
                }
                10 => {
                    <Firstvalid as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Firstvalid)
                }
                11 => {
                    <Rule as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Rule)
                }
                12 => {
                    <Identityattribute as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Identityattribute)
                }
                13 => {
                    <Indexof as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Indexof)
                }
                14 => {
                    <Iso3166 as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Iso3166)
                }
                15 => {
                    <Leftpad as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Leftpad)
                }
                16 => {
                    <Lookup as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Lookup)
                }
                17 => {
                    <Lower as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Lower)
                }
                18 => {
                    <Namenormalizer as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Namenormalizer)
                }
                19 => {
                    <Randomalphanumeric as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Randomalphanumeric)
                }
                20 => {
                    <Randomnumeric as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Randomnumeric)
                }
                21 => {
                    <Reference2 as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Reference2)
                }
                22 => {
                    <Replaceall as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Replaceall)
                }
                23 => {
                    <Replace as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Replace)
                }
                24 => {
                    <Rightpad as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Rightpad)
                }
                25 => {
                    <Split as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Split)
                }
                26 => {
                    <Static as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Static)
                }
                27 => {
                    <Substring as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Substring)
                }
                28 => {
                    <Trim as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Trim)
                }
                29 => {
                    <Upper as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Upper)
                }
                30 => {
                    <Uuidgenerator as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Uuidgenerator)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(TransformAttributes::Other(value))
    }
}

impl From<Accountattribute> for TransformAttributes {
    fn from(value: Accountattribute) -> Self {
        TransformAttributes::Accountattribute(value)
    }
}

impl From<Base64decode> for TransformAttributes {
    fn from(value: Base64decode) -> Self {
        TransformAttributes::Base64decode(value)
    }
}

impl From<Base64encode> for TransformAttributes {
    fn from(value: Base64encode) -> Self {
        TransformAttributes::Base64encode(value)
    }
}

impl From<Concatenation> for TransformAttributes {
    fn from(value: Concatenation) -> Self {
        TransformAttributes::Concatenation(value)
    }
}

impl From<Conditional> for TransformAttributes {
    fn from(value: Conditional) -> Self {
        TransformAttributes::Conditional(value)
    }
}

impl From<Datecompare> for TransformAttributes {
    fn from(value: Datecompare) -> Self {
        TransformAttributes::Datecompare(value)
    }
}

impl From<Dateformat> for TransformAttributes {
    fn from(value: Dateformat) -> Self {
        TransformAttributes::Dateformat(value)
    }
}

impl From<Datemath> for TransformAttributes {
    fn from(value: Datemath) -> Self {
        TransformAttributes::Datemath(value)
    }
}

impl From<Decomposediacriticalmarks> for TransformAttributes {
    fn from(value: Decomposediacriticalmarks) -> Self {
        TransformAttributes::Decomposediacriticalmarks(value)
    }
}

impl From<E164phone> for TransformAttributes {
    fn from(value: E164phone) -> Self {
        TransformAttributes::E164phone(value)
    }
}

impl From<Firstvalid> for TransformAttributes {
    fn from(value: Firstvalid) -> Self {
        TransformAttributes::Firstvalid(value)
    }
}

impl From<Rule> for TransformAttributes {
    fn from(value: Rule) -> Self {
        TransformAttributes::Rule(value)
    }
}

impl From<Identityattribute> for TransformAttributes {
    fn from(value: Identityattribute) -> Self {
        TransformAttributes::Identityattribute(value)
    }
}

impl From<Indexof> for TransformAttributes {
    fn from(value: Indexof) -> Self {
        TransformAttributes::Indexof(value)
    }
}

impl From<Iso3166> for TransformAttributes {
    fn from(value: Iso3166) -> Self {
        TransformAttributes::Iso3166(value)
    }
}

impl From<Leftpad> for TransformAttributes {
    fn from(value: Leftpad) -> Self {
        TransformAttributes::Leftpad(value)
    }
}

impl From<Lookup> for TransformAttributes {
    fn from(value: Lookup) -> Self {
        TransformAttributes::Lookup(value)
    }
}

impl From<Lower> for TransformAttributes {
    fn from(value: Lower) -> Self {
        TransformAttributes::Lower(value)
    }
}

impl From<Namenormalizer> for TransformAttributes {
    fn from(value: Namenormalizer) -> Self {
        TransformAttributes::Namenormalizer(value)
    }
}

impl From<Randomalphanumeric> for TransformAttributes {
    fn from(value: Randomalphanumeric) -> Self {
        TransformAttributes::Randomalphanumeric(value)
    }
}

impl From<Randomnumeric> for TransformAttributes {
    fn from(value: Randomnumeric) -> Self {
        TransformAttributes::Randomnumeric(value)
    }
}

impl From<Reference2> for TransformAttributes {
    fn from(value: Reference2) -> Self {
        TransformAttributes::Reference2(value)
    }
}

impl From<Replaceall> for TransformAttributes {
    fn from(value: Replaceall) -> Self {
        TransformAttributes::Replaceall(value)
    }
}

impl From<Replace> for TransformAttributes {
    fn from(value: Replace) -> Self {
        TransformAttributes::Replace(value)
    }
}

impl From<Rightpad> for TransformAttributes {
    fn from(value: Rightpad) -> Self {
        TransformAttributes::Rightpad(value)
    }
}

impl From<Split> for TransformAttributes {
    fn from(value: Split) -> Self {
        TransformAttributes::Split(value)
    }
}

impl From<Static> for TransformAttributes {
    fn from(value: Static) -> Self {
        TransformAttributes::Static(value)
    }
}

impl From<Substring> for TransformAttributes {
    fn from(value: Substring) -> Self {
        TransformAttributes::Substring(value)
    }
}

impl From<Trim> for TransformAttributes {
    fn from(value: Trim) -> Self {
        TransformAttributes::Trim(value)
    }
}

impl From<Upper> for TransformAttributes {
    fn from(value: Upper) -> Self {
        TransformAttributes::Upper(value)
    }
}

impl From<Uuidgenerator> for TransformAttributes {
    fn from(value: Uuidgenerator) -> Self {
        TransformAttributes::Uuidgenerator(value)
    }
}
