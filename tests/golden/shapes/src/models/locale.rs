//! `Locale`, from `openapi.yaml#/components/schemas/Locale`.

/// A locale code.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Locale {
    /// `en`
    En,
    /// `zh-TW`
    ZhTw,
    /// `pt-BR`
    PtBr,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Locale {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Locale::En => "en",
            Locale::ZhTw => "zh-TW",
            Locale::PtBr => "pt-BR",
            Locale::Unknown(value) => value,
        }
    }
}

impl From<&str> for Locale {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "en" => Locale::En,
            "zh-TW" => Locale::ZhTw,
            "pt-BR" => Locale::PtBr,
            other => Locale::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Locale);
