//! `ListUserLevelsV1DetailLevel`, from `apis/custom-user-levels/paths/authorization-v1-custom-user-levels.yaml#/get/parameters/1/schema`.

/// `ListUserLevelsV1DetailLevel` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListUserLevelsV1DetailLevel {
    /// `FULL`
    Full,
    /// `SLIM`
    Slim,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListUserLevelsV1DetailLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListUserLevelsV1DetailLevel::Full => "FULL",
            ListUserLevelsV1DetailLevel::Slim => "SLIM",
            ListUserLevelsV1DetailLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListUserLevelsV1DetailLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "FULL" => ListUserLevelsV1DetailLevel::Full,
            "SLIM" => ListUserLevelsV1DetailLevel::Slim,
            other => ListUserLevelsV1DetailLevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListUserLevelsV1DetailLevel);
