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
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum TransformAttributes {
    AccountAttribute(AccountAttribute),
    DateCompare(DateCompare),
    Substring(Substring),
    Conditional(Conditional),
    Split(Split),
    DateFormat(DateFormat),
    DateMath(DateMath),
    LeftPad(LeftPad),
    Replace(Replace),
    RightPad(RightPad),
    Concatenation(Concatenation),
    E164phone(E164phone),
    FirstValid(FirstValid),
    TransformsIdentityAttribute(TransformsIdentityAttribute),
    IndexOf(IndexOf),
    Iso3166(Iso3166),
    Lookup(Lookup),
    RandomAlphaNumeric(RandomAlphaNumeric),
    RandomNumeric(RandomNumeric),
    Reference(Reference),
    ReplaceAll(ReplaceAll),
    Base64Decode(Base64Decode),
    Base64Encode(Base64Encode),
    DecomposeDiacriticalMarks(DecomposeDiacriticalMarks),
    Lower(Lower),
    NameNormalizer(NameNormalizer),
    Static(Static),
    Trim(Trim),
    Upper(Upper),
    UuidGenerator(UuidGenerator),
    Rule(Rule),
}

impl From<AccountAttribute> for TransformAttributes {
    fn from(value: AccountAttribute) -> Self {
        TransformAttributes::AccountAttribute(value)
    }
}

impl From<DateCompare> for TransformAttributes {
    fn from(value: DateCompare) -> Self {
        TransformAttributes::DateCompare(value)
    }
}

impl From<Substring> for TransformAttributes {
    fn from(value: Substring) -> Self {
        TransformAttributes::Substring(value)
    }
}

impl From<Conditional> for TransformAttributes {
    fn from(value: Conditional) -> Self {
        TransformAttributes::Conditional(value)
    }
}

impl From<Split> for TransformAttributes {
    fn from(value: Split) -> Self {
        TransformAttributes::Split(value)
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

impl From<LeftPad> for TransformAttributes {
    fn from(value: LeftPad) -> Self {
        TransformAttributes::LeftPad(value)
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

impl From<Concatenation> for TransformAttributes {
    fn from(value: Concatenation) -> Self {
        TransformAttributes::Concatenation(value)
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

impl From<Lookup> for TransformAttributes {
    fn from(value: Lookup) -> Self {
        TransformAttributes::Lookup(value)
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

impl From<DecomposeDiacriticalMarks> for TransformAttributes {
    fn from(value: DecomposeDiacriticalMarks) -> Self {
        TransformAttributes::DecomposeDiacriticalMarks(value)
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

impl From<Static> for TransformAttributes {
    fn from(value: Static) -> Self {
        TransformAttributes::Static(value)
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

impl From<Rule> for TransformAttributes {
    fn from(value: Rule) -> Self {
        TransformAttributes::Rule(value)
    }
}
