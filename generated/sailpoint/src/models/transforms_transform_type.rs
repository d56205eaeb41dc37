//! `TransformsTransformType`, from `apis/transforms/schemas/transform.yaml#/properties/type`.

/// The type of transform operation
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TransformsTransformType {
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

impl TransformsTransformType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TransformsTransformType::AccountAttribute => "accountAttribute",
            TransformsTransformType::Base64Decode => "base64Decode",
            TransformsTransformType::Base64Encode => "base64Encode",
            TransformsTransformType::Concat => "concat",
            TransformsTransformType::Conditional => "conditional",
            TransformsTransformType::DateCompare => "dateCompare",
            TransformsTransformType::DateFormat => "dateFormat",
            TransformsTransformType::DateMath => "dateMath",
            TransformsTransformType::DecomposeDiacriticalMarks => {
                "decomposeDiacriticalMarks"
            }
            TransformsTransformType::E164phone => "e164phone",
            TransformsTransformType::FirstValid => "firstValid",
            TransformsTransformType::Rule => "rule",
            TransformsTransformType::IdentityAttribute => "identityAttribute",
            TransformsTransformType::IndexOf => "indexOf",
            TransformsTransformType::Iso3166 => "iso3166",
            TransformsTransformType::LastIndexOf => "lastIndexOf",
            TransformsTransformType::LeftPad => "leftPad",
            TransformsTransformType::Lookup => "lookup",
            TransformsTransformType::Lower => "lower",
            TransformsTransformType::NormalizeNames => "normalizeNames",
            TransformsTransformType::RandomAlphaNumeric => "randomAlphaNumeric",
            TransformsTransformType::RandomNumeric => "randomNumeric",
            TransformsTransformType::Reference => "reference",
            TransformsTransformType::ReplaceAll => "replaceAll",
            TransformsTransformType::Replace => "replace",
            TransformsTransformType::RightPad => "rightPad",
            TransformsTransformType::Split => "split",
            TransformsTransformType::Static => "static",
            TransformsTransformType::Substring => "substring",
            TransformsTransformType::Trim => "trim",
            TransformsTransformType::Upper => "upper",
            TransformsTransformType::UsernameGenerator => "usernameGenerator",
            TransformsTransformType::Uuid => "uuid",
            TransformsTransformType::DisplayName => "displayName",
            TransformsTransformType::Rfc5646 => "rfc5646",
            TransformsTransformType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TransformsTransformType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "accountAttribute" => TransformsTransformType::AccountAttribute,
            "base64Decode" => TransformsTransformType::Base64Decode,
            "base64Encode" => TransformsTransformType::Base64Encode,
            "concat" => TransformsTransformType::Concat,
            "conditional" => TransformsTransformType::Conditional,
            "dateCompare" => TransformsTransformType::DateCompare,
            "dateFormat" => TransformsTransformType::DateFormat,
            "dateMath" => TransformsTransformType::DateMath,
            "decomposeDiacriticalMarks" => {
                TransformsTransformType::DecomposeDiacriticalMarks
            }
            "e164phone" => TransformsTransformType::E164phone,
            "firstValid" => TransformsTransformType::FirstValid,
            "rule" => TransformsTransformType::Rule,
            "identityAttribute" => TransformsTransformType::IdentityAttribute,
            "indexOf" => TransformsTransformType::IndexOf,
            "iso3166" => TransformsTransformType::Iso3166,
            "lastIndexOf" => TransformsTransformType::LastIndexOf,
            "leftPad" => TransformsTransformType::LeftPad,
            "lookup" => TransformsTransformType::Lookup,
            "lower" => TransformsTransformType::Lower,
            "normalizeNames" => TransformsTransformType::NormalizeNames,
            "randomAlphaNumeric" => TransformsTransformType::RandomAlphaNumeric,
            "randomNumeric" => TransformsTransformType::RandomNumeric,
            "reference" => TransformsTransformType::Reference,
            "replaceAll" => TransformsTransformType::ReplaceAll,
            "replace" => TransformsTransformType::Replace,
            "rightPad" => TransformsTransformType::RightPad,
            "split" => TransformsTransformType::Split,
            "static" => TransformsTransformType::Static,
            "substring" => TransformsTransformType::Substring,
            "trim" => TransformsTransformType::Trim,
            "upper" => TransformsTransformType::Upper,
            "usernameGenerator" => TransformsTransformType::UsernameGenerator,
            "uuid" => TransformsTransformType::Uuid,
            "displayName" => TransformsTransformType::DisplayName,
            "rfc5646" => TransformsTransformType::Rfc5646,
            other => TransformsTransformType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TransformsTransformType);
