//! `GetConnectorListV1Locale`, from `apis/connectors/paths/connectors-v1.yaml#/get/parameters/4/schema`.

/// `GetConnectorListV1Locale` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetConnectorListV1Locale {
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

impl GetConnectorListV1Locale {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetConnectorListV1Locale::De => "de",
            GetConnectorListV1Locale::No => "no",
            GetConnectorListV1Locale::Fi => "fi",
            GetConnectorListV1Locale::Sv => "sv",
            GetConnectorListV1Locale::Ru => "ru",
            GetConnectorListV1Locale::Pt => "pt",
            GetConnectorListV1Locale::Ko => "ko",
            GetConnectorListV1Locale::ZhTw => "zh-TW",
            GetConnectorListV1Locale::En => "en",
            GetConnectorListV1Locale::It => "it",
            GetConnectorListV1Locale::Fr => "fr",
            GetConnectorListV1Locale::ZhCn => "zh-CN",
            GetConnectorListV1Locale::Hu => "hu",
            GetConnectorListV1Locale::Es => "es",
            GetConnectorListV1Locale::Cs => "cs",
            GetConnectorListV1Locale::Ja => "ja",
            GetConnectorListV1Locale::Pl => "pl",
            GetConnectorListV1Locale::Da => "da",
            GetConnectorListV1Locale::Nl => "nl",
            GetConnectorListV1Locale::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetConnectorListV1Locale {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "de" => GetConnectorListV1Locale::De,
            "no" => GetConnectorListV1Locale::No,
            "fi" => GetConnectorListV1Locale::Fi,
            "sv" => GetConnectorListV1Locale::Sv,
            "ru" => GetConnectorListV1Locale::Ru,
            "pt" => GetConnectorListV1Locale::Pt,
            "ko" => GetConnectorListV1Locale::Ko,
            "zh-TW" => GetConnectorListV1Locale::ZhTw,
            "en" => GetConnectorListV1Locale::En,
            "it" => GetConnectorListV1Locale::It,
            "fr" => GetConnectorListV1Locale::Fr,
            "zh-CN" => GetConnectorListV1Locale::ZhCn,
            "hu" => GetConnectorListV1Locale::Hu,
            "es" => GetConnectorListV1Locale::Es,
            "cs" => GetConnectorListV1Locale::Cs,
            "ja" => GetConnectorListV1Locale::Ja,
            "pl" => GetConnectorListV1Locale::Pl,
            "da" => GetConnectorListV1Locale::Da,
            "nl" => GetConnectorListV1Locale::Nl,
            other => GetConnectorListV1Locale::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetConnectorListV1Locale);
