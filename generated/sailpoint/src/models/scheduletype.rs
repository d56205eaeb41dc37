//! `Scheduletype`, from `apis/scheduled-search/schemas/scheduletype.yaml`.

/// Enum representing the currently supported schedule types.
///
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Scheduletype {
    /// `DAILY`
    Daily,
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// `CALENDAR`
    Calendar,
    /// `ANNUALLY`
    Annually,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Scheduletype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Scheduletype::Daily => "DAILY",
            Scheduletype::Weekly => "WEEKLY",
            Scheduletype::Monthly => "MONTHLY",
            Scheduletype::Calendar => "CALENDAR",
            Scheduletype::Annually => "ANNUALLY",
            Scheduletype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Scheduletype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DAILY" => Scheduletype::Daily,
            "WEEKLY" => Scheduletype::Weekly,
            "MONTHLY" => Scheduletype::Monthly,
            "CALENDAR" => Scheduletype::Calendar,
            "ANNUALLY" => Scheduletype::Annually,
            other => Scheduletype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Scheduletype);
