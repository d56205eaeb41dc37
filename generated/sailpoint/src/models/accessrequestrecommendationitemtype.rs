//! `Accessrequestrecommendationitemtype`, from `apis/iai-access-request-recommendations/schemas/accessrequestrecommendationitemtype.yaml`.

/// The type of access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Accessrequestrecommendationitemtype {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Accessrequestrecommendationitemtype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Accessrequestrecommendationitemtype::AccessProfile => "ACCESS_PROFILE",
            Accessrequestrecommendationitemtype::Role => "ROLE",
            Accessrequestrecommendationitemtype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Accessrequestrecommendationitemtype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Accessrequestrecommendationitemtype::AccessProfile,
            "ROLE" => Accessrequestrecommendationitemtype::Role,
            other => Accessrequestrecommendationitemtype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Accessrequestrecommendationitemtype);
