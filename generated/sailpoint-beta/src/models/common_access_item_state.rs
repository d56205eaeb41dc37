//! `CommonAccessItemState`, from `beta/schemas/CommonAccessItemState.yaml`.

/// State of common access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommonAccessItemState {
    /// `CONFIRMED`
    Confirmed,
    /// `DENIED`
    Denied,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CommonAccessItemState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CommonAccessItemState::Confirmed => "CONFIRMED",
            CommonAccessItemState::Denied => "DENIED",
            CommonAccessItemState::Unknown(value) => value,
        }
    }
}

impl From<&str> for CommonAccessItemState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONFIRMED" => CommonAccessItemState::Confirmed,
            "DENIED" => CommonAccessItemState::Denied,
            other => CommonAccessItemState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CommonAccessItemState);
