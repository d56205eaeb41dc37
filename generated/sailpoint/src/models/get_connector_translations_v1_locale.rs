//! `GetConnectorTranslationsV1Locale`, from `apis/connectors/paths/connectors-v1-by-scriptname-translations-by-locale.yaml#/get/parameters/1/schema`.

/// `GetConnectorTranslationsV1Locale` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetConnectorTranslationsV1Locale {
    /// `de`
    De,
    /// `no`
    No,
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

impl GetConnectorTranslationsV1Locale {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetConnectorTranslationsV1Locale::De => "de",
            GetConnectorTranslationsV1Locale::No => "no",
            GetConnectorTranslationsV1Locale::Fi => "fi",
            GetConnectorTranslationsV1Locale::Sv => "sv",
            GetConnectorTranslationsV1Locale::Ru => "ru",
            GetConnectorTranslationsV1Locale::Pt => "pt",
            GetConnectorTranslationsV1Locale::Ko => "ko",
            GetConnectorTranslationsV1Locale::ZhTw => "zh-TW",
            GetConnectorTranslationsV1Locale::En => "en",
            GetConnectorTranslationsV1Locale::It => "it",
            GetConnectorTranslationsV1Locale::Fr => "fr",
            GetConnectorTranslationsV1Locale::ZhCn => "zh-CN",
            GetConnectorTranslationsV1Locale::Hu => "hu",
            GetConnectorTranslationsV1Locale::Es => "es",
            GetConnectorTranslationsV1Locale::Cs => "cs",
            GetConnectorTranslationsV1Locale::Ja => "ja",
            GetConnectorTranslationsV1Locale::Pl => "pl",
            GetConnectorTranslationsV1Locale::Da => "da",
            GetConnectorTranslationsV1Locale::Nl => "nl",
            GetConnectorTranslationsV1Locale::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetConnectorTranslationsV1Locale {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "de" => GetConnectorTranslationsV1Locale::De,
            "no" => GetConnectorTranslationsV1Locale::No,
            "fi" => GetConnectorTranslationsV1Locale::Fi,
            "sv" => GetConnectorTranslationsV1Locale::Sv,
            "ru" => GetConnectorTranslationsV1Locale::Ru,
            "pt" => GetConnectorTranslationsV1Locale::Pt,
            "ko" => GetConnectorTranslationsV1Locale::Ko,
            "zh-TW" => GetConnectorTranslationsV1Locale::ZhTw,
            "en" => GetConnectorTranslationsV1Locale::En,
            "it" => GetConnectorTranslationsV1Locale::It,
            "fr" => GetConnectorTranslationsV1Locale::Fr,
            "zh-CN" => GetConnectorTranslationsV1Locale::ZhCn,
            "hu" => GetConnectorTranslationsV1Locale::Hu,
            "es" => GetConnectorTranslationsV1Locale::Es,
            "cs" => GetConnectorTranslationsV1Locale::Cs,
            "ja" => GetConnectorTranslationsV1Locale::Ja,
            "pl" => GetConnectorTranslationsV1Locale::Pl,
            "da" => GetConnectorTranslationsV1Locale::Da,
            "nl" => GetConnectorTranslationsV1Locale::Nl,
            other => GetConnectorTranslationsV1Locale::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetConnectorTranslationsV1Locale);
