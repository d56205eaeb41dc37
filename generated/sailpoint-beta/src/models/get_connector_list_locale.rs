//! `GetConnectorListLocale`, from `beta/paths/connectors.yaml#/get/parameters/4/schema`.

/// `GetConnectorListLocale` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetConnectorListLocale {
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

impl GetConnectorListLocale {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetConnectorListLocale::De => "de",
            GetConnectorListLocale::No => "no",
            GetConnectorListLocale::Fi => "fi",
            GetConnectorListLocale::Sv => "sv",
            GetConnectorListLocale::Ru => "ru",
            GetConnectorListLocale::Pt => "pt",
            GetConnectorListLocale::Ko => "ko",
            GetConnectorListLocale::ZhTw => "zh-TW",
            GetConnectorListLocale::En => "en",
            GetConnectorListLocale::It => "it",
            GetConnectorListLocale::Fr => "fr",
            GetConnectorListLocale::ZhCn => "zh-CN",
            GetConnectorListLocale::Hu => "hu",
            GetConnectorListLocale::Es => "es",
            GetConnectorListLocale::Cs => "cs",
            GetConnectorListLocale::Ja => "ja",
            GetConnectorListLocale::Pl => "pl",
            GetConnectorListLocale::Da => "da",
            GetConnectorListLocale::Nl => "nl",
            GetConnectorListLocale::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetConnectorListLocale {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "de" => GetConnectorListLocale::De,
            "no" => GetConnectorListLocale::No,
            "fi" => GetConnectorListLocale::Fi,
            "sv" => GetConnectorListLocale::Sv,
            "ru" => GetConnectorListLocale::Ru,
            "pt" => GetConnectorListLocale::Pt,
            "ko" => GetConnectorListLocale::Ko,
            "zh-TW" => GetConnectorListLocale::ZhTw,
            "en" => GetConnectorListLocale::En,
            "it" => GetConnectorListLocale::It,
            "fr" => GetConnectorListLocale::Fr,
            "zh-CN" => GetConnectorListLocale::ZhCn,
            "hu" => GetConnectorListLocale::Hu,
            "es" => GetConnectorListLocale::Es,
            "cs" => GetConnectorListLocale::Cs,
            "ja" => GetConnectorListLocale::Ja,
            "pl" => GetConnectorListLocale::Pl,
            "da" => GetConnectorListLocale::Da,
            "nl" => GetConnectorListLocale::Nl,
            other => GetConnectorListLocale::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetConnectorListLocale);
