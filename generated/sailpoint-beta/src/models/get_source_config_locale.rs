//! `GetSourceConfigLocale`, from `beta/paths/source-connectors-source-config.yaml#/get/parameters/1/schema`.

/// `GetSourceConfigLocale` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetSourceConfigLocale {
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

impl GetSourceConfigLocale {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetSourceConfigLocale::De => "de",
            GetSourceConfigLocale::No => "no",
            GetSourceConfigLocale::Fi => "fi",
            GetSourceConfigLocale::Sv => "sv",
            GetSourceConfigLocale::Ru => "ru",
            GetSourceConfigLocale::Pt => "pt",
            GetSourceConfigLocale::Ko => "ko",
            GetSourceConfigLocale::ZhTw => "zh-TW",
            GetSourceConfigLocale::En => "en",
            GetSourceConfigLocale::It => "it",
            GetSourceConfigLocale::Fr => "fr",
            GetSourceConfigLocale::ZhCn => "zh-CN",
            GetSourceConfigLocale::Hu => "hu",
            GetSourceConfigLocale::Es => "es",
            GetSourceConfigLocale::Cs => "cs",
            GetSourceConfigLocale::Ja => "ja",
            GetSourceConfigLocale::Pl => "pl",
            GetSourceConfigLocale::Da => "da",
            GetSourceConfigLocale::Nl => "nl",
            GetSourceConfigLocale::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetSourceConfigLocale {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "de" => GetSourceConfigLocale::De,
            "no" => GetSourceConfigLocale::No,
            "fi" => GetSourceConfigLocale::Fi,
            "sv" => GetSourceConfigLocale::Sv,
            "ru" => GetSourceConfigLocale::Ru,
            "pt" => GetSourceConfigLocale::Pt,
            "ko" => GetSourceConfigLocale::Ko,
            "zh-TW" => GetSourceConfigLocale::ZhTw,
            "en" => GetSourceConfigLocale::En,
            "it" => GetSourceConfigLocale::It,
            "fr" => GetSourceConfigLocale::Fr,
            "zh-CN" => GetSourceConfigLocale::ZhCn,
            "hu" => GetSourceConfigLocale::Hu,
            "es" => GetSourceConfigLocale::Es,
            "cs" => GetSourceConfigLocale::Cs,
            "ja" => GetSourceConfigLocale::Ja,
            "pl" => GetSourceConfigLocale::Pl,
            "da" => GetSourceConfigLocale::Da,
            "nl" => GetSourceConfigLocale::Nl,
            other => GetSourceConfigLocale::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetSourceConfigLocale);
