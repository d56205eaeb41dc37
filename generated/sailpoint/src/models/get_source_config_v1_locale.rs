//! `GetSourceConfigV1Locale`, from `apis/sources/paths/sources-v1-by-id-connectors-source-config.yaml#/get/parameters/1/schema`.

/// `GetSourceConfigV1Locale` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetSourceConfigV1Locale {
    /// `de`
    De,
    /// `fi`
    Fi,
    /// `sv`
    Sv,
    /// `ru`
    Ru,
    /// `pt`
    Pt,
    /// `ko`
    Ko,
    /// `zh-TW`
    ZhTw,
    /// `en`
    En,
    /// `it`
    It,
    /// `fr`
    Fr,
    /// `zh-CN`
    ZhCn,
    /// `hu`
    Hu,
    /// `es`
    Es,
    /// `cs`
    Cs,
    /// `ja`
    Ja,
    /// `pl`
    Pl,
    /// `da`
    Da,
    /// `nl`
    Nl,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetSourceConfigV1Locale {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetSourceConfigV1Locale::De => "de",
            GetSourceConfigV1Locale::Fi => "fi",
            GetSourceConfigV1Locale::Sv => "sv",
            GetSourceConfigV1Locale::Ru => "ru",
            GetSourceConfigV1Locale::Pt => "pt",
            GetSourceConfigV1Locale::Ko => "ko",
            GetSourceConfigV1Locale::ZhTw => "zh-TW",
            GetSourceConfigV1Locale::En => "en",
            GetSourceConfigV1Locale::It => "it",
            GetSourceConfigV1Locale::Fr => "fr",
            GetSourceConfigV1Locale::ZhCn => "zh-CN",
            GetSourceConfigV1Locale::Hu => "hu",
            GetSourceConfigV1Locale::Es => "es",
            GetSourceConfigV1Locale::Cs => "cs",
            GetSourceConfigV1Locale::Ja => "ja",
            GetSourceConfigV1Locale::Pl => "pl",
            GetSourceConfigV1Locale::Da => "da",
            GetSourceConfigV1Locale::Nl => "nl",
            GetSourceConfigV1Locale::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetSourceConfigV1Locale {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "de" => GetSourceConfigV1Locale::De,
            "fi" => GetSourceConfigV1Locale::Fi,
            "sv" => GetSourceConfigV1Locale::Sv,
            "ru" => GetSourceConfigV1Locale::Ru,
            "pt" => GetSourceConfigV1Locale::Pt,
            "ko" => GetSourceConfigV1Locale::Ko,
            "zh-TW" => GetSourceConfigV1Locale::ZhTw,
            "en" => GetSourceConfigV1Locale::En,
            "it" => GetSourceConfigV1Locale::It,
            "fr" => GetSourceConfigV1Locale::Fr,
            "zh-CN" => GetSourceConfigV1Locale::ZhCn,
            "hu" => GetSourceConfigV1Locale::Hu,
            "es" => GetSourceConfigV1Locale::Es,
            "cs" => GetSourceConfigV1Locale::Cs,
            "ja" => GetSourceConfigV1Locale::Ja,
            "pl" => GetSourceConfigV1Locale::Pl,
            "da" => GetSourceConfigV1Locale::Da,
            "nl" => GetSourceConfigV1Locale::Nl,
            other => GetSourceConfigV1Locale::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetSourceConfigV1Locale);
