//! `MaybeColor`, from `openapi.yaml#/components/schemas/MaybeColor`.

/// An enum that includes null.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MaybeColor {
    /// `RED`
    Red,
    /// `GREEN`
    Green,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MaybeColor {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MaybeColor::Red => "RED",
            MaybeColor::Green => "GREEN",
            MaybeColor::Unknown(value) => value,
        }
    }
}

impl From<&str> for MaybeColor {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RED" => MaybeColor::Red,
            "GREEN" => MaybeColor::Green,
            other => MaybeColor::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MaybeColor);
