//! `GetConnectorV1Locale`, from `apis/connectors/paths/connectors-v1-by-scriptname.yaml#/get/parameters/1/schema`.

/// `GetConnectorV1Locale` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetConnectorV1Locale {
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

impl GetConnectorV1Locale {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetConnectorV1Locale::De => "de",
            GetConnectorV1Locale::No => "no",
            GetConnectorV1Locale::Fi => "fi",
            GetConnectorV1Locale::Sv => "sv",
            GetConnectorV1Locale::Ru => "ru",
            GetConnectorV1Locale::Pt => "pt",
            GetConnectorV1Locale::Ko => "ko",
            GetConnectorV1Locale::ZhTw => "zh-TW",
            GetConnectorV1Locale::En => "en",
            GetConnectorV1Locale::It => "it",
            GetConnectorV1Locale::Fr => "fr",
            GetConnectorV1Locale::ZhCn => "zh-CN",
            GetConnectorV1Locale::Hu => "hu",
            GetConnectorV1Locale::Es => "es",
            GetConnectorV1Locale::Cs => "cs",
            GetConnectorV1Locale::Ja => "ja",
            GetConnectorV1Locale::Pl => "pl",
            GetConnectorV1Locale::Da => "da",
            GetConnectorV1Locale::Nl => "nl",
            GetConnectorV1Locale::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetConnectorV1Locale {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "de" => GetConnectorV1Locale::De,
            "no" => GetConnectorV1Locale::No,
            "fi" => GetConnectorV1Locale::Fi,
            "sv" => GetConnectorV1Locale::Sv,
            "ru" => GetConnectorV1Locale::Ru,
            "pt" => GetConnectorV1Locale::Pt,
            "ko" => GetConnectorV1Locale::Ko,
            "zh-TW" => GetConnectorV1Locale::ZhTw,
            "en" => GetConnectorV1Locale::En,
            "it" => GetConnectorV1Locale::It,
            "fr" => GetConnectorV1Locale::Fr,
            "zh-CN" => GetConnectorV1Locale::ZhCn,
            "hu" => GetConnectorV1Locale::Hu,
            "es" => GetConnectorV1Locale::Es,
            "cs" => GetConnectorV1Locale::Cs,
            "ja" => GetConnectorV1Locale::Ja,
            "pl" => GetConnectorV1Locale::Pl,
            "da" => GetConnectorV1Locale::Da,
            "nl" => GetConnectorV1Locale::Nl,
            other => GetConnectorV1Locale::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetConnectorV1Locale);
