//! `TransformAttributes`, from `beta/schemas/Transform.yaml#/properties/attributes`.

use crate::models::{
    AccountAttribute, Base64Decode, Base64Encode, Concatenation, Conditional,
    DateCompare, DateFormat, DateMath, DecomposeDiacriticalMarks, E164phone, FirstValid,
    IndexOf, Iso3166, LeftPad, Lookup, Lower, NameNormalizer, RandomAlphaNumeric,
    RandomNumeric, Reference, Replace, ReplaceAll, RightPad, Rule, Split, Static,
    Substring, TransformsIdentityAttribute, Trim, Upper, UuidGenerator,
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
    AccountAttribute(AccountAttribute),
    Base64Decode(Base64Decode),
    Base64Encode(Base64Encode),
    Concatenation(Concatenation),
    Conditional(Conditional),
    DateCompare(DateCompare),
    DateFormat(DateFormat),
    DateMath(DateMath),
    DecomposeDiacriticalMarks(DecomposeDiacriticalMarks),
    E164phone(E164phone),
    FirstValid(FirstValid),
    Rule(Rule),
    TransformsIdentityAttribute(TransformsIdentityAttribute),
    IndexOf(IndexOf),
    Iso3166(Iso3166),
    LeftPad(LeftPad),
    Lookup(Lookup),
    Lower(Lower),
    NameNormalizer(NameNormalizer),
    RandomAlphaNumeric(RandomAlphaNumeric),
    RandomNumeric(RandomNumeric),
    Reference(Reference),
    ReplaceAll(ReplaceAll),
    Replace(Replace),
    RightPad(RightPad),
    Split(Split),
    Static(Static),
    Substring(Substring),
    Trim(Trim),
    Upper(Upper),
    UuidGenerator(UuidGenerator),
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
                    <AccountAttribute as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::AccountAttribute)
                }
                1 => {
                    <Base64Decode as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Base64Decode)
                }
                2 => {
                    <Base64Encode as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Base64Encode)
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
                    <DateCompare as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::DateCompare)
                }
                6 => {
                    <DateFormat as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::DateFormat)
                }
                7 => {
                    <DateMath as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::DateMath)
                }
                8 => {
                    <DecomposeDiacriticalMarks as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TransformAttributes::DecomposeDiacriticalMarks)
                }
                9 => {
                    <E164phone as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::E164phone)
                }
                10 => {
                    <FirstValid as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::FirstValid)
                }
                11 => {
                    <Rule as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Rule)
                }
                12 => {
                    <TransformsIdentityAttribute as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TransformAttributes::TransformsIdentityAttribute)
                }
                13 => {
                    <IndexOf as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::IndexOf)
                }
                14 => {
                    <Iso3166 as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Iso3166)
                }
                15 => {
                    <LeftPad as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::LeftPad)
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
                    <NameNormalizer as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::NameNormalizer)
                }
                19 => {
                    <RandomAlphaNumeric as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::RandomAlphaNumeric)
                }
                20 => {
                    <RandomNumeric as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::RandomNumeric)
                }
                21 => {
                    <Reference as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Reference)
                }
                22 => {
                    <ReplaceAll as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::ReplaceAll)
                }
                23 => {
                    <Replace as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::Replace)
                }
                24 => {
                    <RightPad as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::RightPad)
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
                    <UuidGenerator as serde::Deserialize>::deserialize(&value)
                        .map(TransformAttributes::UuidGenerator)
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

impl From<AccountAttribute> for TransformAttributes {
    fn from(value: AccountAttribute) -> Self {
        TransformAttributes::AccountAttribute(value)
    }
}

impl From<Base64Decode> for TransformAttributes {
    fn from(value: Base64Decode) -> Self {
        TransformAttributes::Base64Decode(value)
    }
}

impl From<Base64Encode> for TransformAttributes {
    fn from(value: Base64Encode) -> Self {
        TransformAttributes::Base64Encode(value)
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

impl From<DateCompare> for TransformAttributes {
    fn from(value: DateCompare) -> Self {
        TransformAttributes::DateCompare(value)
    }
}

impl From<DateFormat> for TransformAttributes {
    fn from(value: DateFormat) -> Self {
        TransformAttributes::DateFormat(value)
    }
}

impl From<DateMath> for TransformAttributes {
    fn from(value: DateMath) -> Self {
        TransformAttributes::DateMath(value)
    }
}

impl From<DecomposeDiacriticalMarks> for TransformAttributes {
    fn from(value: DecomposeDiacriticalMarks) -> Self {
        TransformAttributes::DecomposeDiacriticalMarks(value)
    }
}

impl From<E164phone> for TransformAttributes {
    fn from(value: E164phone) -> Self {
        TransformAttributes::E164phone(value)
    }
}

impl From<FirstValid> for TransformAttributes {
    fn from(value: FirstValid) -> Self {
        TransformAttributes::FirstValid(value)
    }
}

impl From<Rule> for TransformAttributes {
    fn from(value: Rule) -> Self {
        TransformAttributes::Rule(value)
    }
}

impl From<TransformsIdentityAttribute> for TransformAttributes {
    fn from(value: TransformsIdentityAttribute) -> Self {
        TransformAttributes::TransformsIdentityAttribute(value)
    }
}

impl From<IndexOf> for TransformAttributes {
    fn from(value: IndexOf) -> Self {
        TransformAttributes::IndexOf(value)
    }
}

impl From<Iso3166> for TransformAttributes {
    fn from(value: Iso3166) -> Self {
        TransformAttributes::Iso3166(value)
    }
}

impl From<LeftPad> for TransformAttributes {
    fn from(value: LeftPad) -> Self {
        TransformAttributes::LeftPad(value)
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

impl From<NameNormalizer> for TransformAttributes {
    fn from(value: NameNormalizer) -> Self {
        TransformAttributes::NameNormalizer(value)
    }
}

impl From<RandomAlphaNumeric> for TransformAttributes {
    fn from(value: RandomAlphaNumeric) -> Self {
        TransformAttributes::RandomAlphaNumeric(value)
    }
}

impl From<RandomNumeric> for TransformAttributes {
    fn from(value: RandomNumeric) -> Self {
        TransformAttributes::RandomNumeric(value)
    }
}

impl From<Reference> for TransformAttributes {
    fn from(value: Reference) -> Self {
        TransformAttributes::Reference(value)
    }
}

impl From<ReplaceAll> for TransformAttributes {
    fn from(value: ReplaceAll) -> Self {
        TransformAttributes::ReplaceAll(value)
    }
}

impl From<Replace> for TransformAttributes {
    fn from(value: Replace) -> Self {
        TransformAttributes::Replace(value)
    }
}

impl From<RightPad> for TransformAttributes {
    fn from(value: RightPad) -> Self {
        TransformAttributes::RightPad(value)
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

impl From<UuidGenerator> for TransformAttributes {
    fn from(value: UuidGenerator) -> Self {
        TransformAttributes::UuidGenerator(value)
    }
}
