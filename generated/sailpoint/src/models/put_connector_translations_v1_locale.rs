//! `PutConnectorTranslationsV1Locale`, from `apis/connectors/paths/connectors-v1-by-scriptname-translations-by-locale.yaml#/put/parameters/1/schema`.

/// `PutConnectorTranslationsV1Locale` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PutConnectorTranslationsV1Locale {
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

impl PutConnectorTranslationsV1Locale {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PutConnectorTranslationsV1Locale::De => "de",
            PutConnectorTranslationsV1Locale::No => "no",
            PutConnectorTranslationsV1Locale::Fi => "fi",
            PutConnectorTranslationsV1Locale::Sv => "sv",
            PutConnectorTranslationsV1Locale::Ru => "ru",
            PutConnectorTranslationsV1Locale::Pt => "pt",
            PutConnectorTranslationsV1Locale::Ko => "ko",
            PutConnectorTranslationsV1Locale::ZhTw => "zh-TW",
            PutConnectorTranslationsV1Locale::En => "en",
            PutConnectorTranslationsV1Locale::It => "it",
            PutConnectorTranslationsV1Locale::Fr => "fr",
            PutConnectorTranslationsV1Locale::ZhCn => "zh-CN",
            PutConnectorTranslationsV1Locale::Hu => "hu",
            PutConnectorTranslationsV1Locale::Es => "es",
            PutConnectorTranslationsV1Locale::Cs => "cs",
            PutConnectorTranslationsV1Locale::Ja => "ja",
            PutConnectorTranslationsV1Locale::Pl => "pl",
            PutConnectorTranslationsV1Locale::Da => "da",
            PutConnectorTranslationsV1Locale::Nl => "nl",
            PutConnectorTranslationsV1Locale::Unknown(value) => value,
        }
    }
}

impl From<&str> for PutConnectorTranslationsV1Locale {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "de" => PutConnectorTranslationsV1Locale::De,
            "no" => PutConnectorTranslationsV1Locale::No,
            "fi" => PutConnectorTranslationsV1Locale::Fi,
            "sv" => PutConnectorTranslationsV1Locale::Sv,
            "ru" => PutConnectorTranslationsV1Locale::Ru,
            "pt" => PutConnectorTranslationsV1Locale::Pt,
            "ko" => PutConnectorTranslationsV1Locale::Ko,
            "zh-TW" => PutConnectorTranslationsV1Locale::ZhTw,
            "en" => PutConnectorTranslationsV1Locale::En,
            "it" => PutConnectorTranslationsV1Locale::It,
            "fr" => PutConnectorTranslationsV1Locale::Fr,
            "zh-CN" => PutConnectorTranslationsV1Locale::ZhCn,
            "hu" => PutConnectorTranslationsV1Locale::Hu,
            "es" => PutConnectorTranslationsV1Locale::Es,
            "cs" => PutConnectorTranslationsV1Locale::Cs,
            "ja" => PutConnectorTranslationsV1Locale::Ja,
            "pl" => PutConnectorTranslationsV1Locale::Pl,
            "da" => PutConnectorTranslationsV1Locale::Da,
            "nl" => PutConnectorTranslationsV1Locale::Nl,
            other => PutConnectorTranslationsV1Locale::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PutConnectorTranslationsV1Locale);
