//! `TransformType`, from `apis/sources/schemas/transform.yaml#/properties/type`.

/// The type of transform operation
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TransformType {
    /// `accountAttribute`
    AccountAttribute,
    /// `base64Decode`
    Base64Decode,
    /// `base64Encode`
    Base64Encode,
    /// `concat`
    Concat,
    /// `conditional`
    Conditional,
    /// `dateCompare`
    DateCompare,
    /// `dateFormat`
    DateFormat,
    /// `dateMath`
    DateMath,
    /// `decomposeDiacriticalMarks`
    DecomposeDiacriticalMarks,
    /// `e164phone`
    E164phone,
    /// `firstValid`
    FirstValid,
    /// `rule`
    Rule,
    /// `identityAttribute`
    IdentityAttribute,
    /// `indexOf`
    IndexOf,
    /// `iso3166`
    Iso3166,
    /// `lastIndexOf`
    LastIndexOf,
    /// `leftPad`
    LeftPad,
    /// `lookup`
    Lookup,
    /// `lower`
    Lower,
    /// `normalizeNames`
    NormalizeNames,
    /// `randomAlphaNumeric`
    RandomAlphaNumeric,
    /// `randomNumeric`
    RandomNumeric,
    /// `reference`
    Reference,
    /// `replaceAll`
    ReplaceAll,
    /// `replace`
    Replace,
    /// `rightPad`
    RightPad,
    /// `split`
    Split,
    /// `static`
    Static,
    /// `substring`
    Substring,
    /// `trim`
    Trim,
    /// `upper`
    Upper,
    /// `usernameGenerator`
    UsernameGenerator,
    /// `uuid`
    Uuid,
    /// `displayName`
    DisplayName,
    /// `rfc5646`
    Rfc5646,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TransformType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TransformType::AccountAttribute => "accountAttribute",
            TransformType::Base64Decode => "base64Decode",
            TransformType::Base64Encode => "base64Encode",
            TransformType::Concat => "concat",
            TransformType::Conditional => "conditional",
            TransformType::DateCompare => "dateCompare",
            TransformType::DateFormat => "dateFormat",
            TransformType::DateMath => "dateMath",
            TransformType::DecomposeDiacriticalMarks => "decomposeDiacriticalMarks",
            TransformType::E164phone => "e164phone",
            TransformType::FirstValid => "firstValid",
            TransformType::Rule => "rule",
            TransformType::IdentityAttribute => "identityAttribute",
            TransformType::IndexOf => "indexOf",
            TransformType::Iso3166 => "iso3166",
            TransformType::LastIndexOf => "lastIndexOf",
            TransformType::LeftPad => "leftPad",
            TransformType::Lookup => "lookup",
            TransformType::Lower => "lower",
            TransformType::NormalizeNames => "normalizeNames",
            TransformType::RandomAlphaNumeric => "randomAlphaNumeric",
            TransformType::RandomNumeric => "randomNumeric",
            TransformType::Reference => "reference",
            TransformType::ReplaceAll => "replaceAll",
            TransformType::Replace => "replace",
            TransformType::RightPad => "rightPad",
            TransformType::Split => "split",
            TransformType::Static => "static",
            TransformType::Substring => "substring",
            TransformType::Trim => "trim",
            TransformType::Upper => "upper",
            TransformType::UsernameGenerator => "usernameGenerator",
            TransformType::Uuid => "uuid",
            TransformType::DisplayName => "displayName",
            TransformType::Rfc5646 => "rfc5646",
            TransformType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TransformType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "accountAttribute" => TransformType::AccountAttribute,
            "base64Decode" => TransformType::Base64Decode,
            "base64Encode" => TransformType::Base64Encode,
            "concat" => TransformType::Concat,
            "conditional" => TransformType::Conditional,
            "dateCompare" => TransformType::DateCompare,
            "dateFormat" => TransformType::DateFormat,
            "dateMath" => TransformType::DateMath,
            "decomposeDiacriticalMarks" => TransformType::DecomposeDiacriticalMarks,
            "e164phone" => TransformType::E164phone,
            "firstValid" => TransformType::FirstValid,
            "rule" => TransformType::Rule,
            "identityAttribute" => TransformType::IdentityAttribute,
            "indexOf" => TransformType::IndexOf,
            "iso3166" => TransformType::Iso3166,
            "lastIndexOf" => TransformType::LastIndexOf,
            "leftPad" => TransformType::LeftPad,
            "lookup" => TransformType::Lookup,
            "lower" => TransformType::Lower,
            "normalizeNames" => TransformType::NormalizeNames,
            "randomAlphaNumeric" => TransformType::RandomAlphaNumeric,
            "randomNumeric" => TransformType::RandomNumeric,
            "reference" => TransformType::Reference,
            "replaceAll" => TransformType::ReplaceAll,
            "replace" => TransformType::Replace,
            "rightPad" => TransformType::RightPad,
            "split" => TransformType::Split,
            "static" => TransformType::Static,
            "substring" => TransformType::Substring,
            "trim" => TransformType::Trim,
            "upper" => TransformType::Upper,
            "usernameGenerator" => TransformType::UsernameGenerator,
            "uuid" => TransformType::Uuid,
            "displayName" => TransformType::DisplayName,
            "rfc5646" => TransformType::Rfc5646,
            other => TransformType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TransformType);
