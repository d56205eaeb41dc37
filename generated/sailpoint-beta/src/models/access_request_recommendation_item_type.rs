//! `AccessRequestRecommendationItemType`, from `beta/schemas/AccessRequestRecommendationItemType.yaml`.

/// The type of access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestRecommendationItemType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestRecommendationItemType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestRecommendationItemType::AccessProfile => "ACCESS_PROFILE",
            AccessRequestRecommendationItemType::Role => "ROLE",
            AccessRequestRecommendationItemType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestRecommendationItemType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => AccessRequestRecommendationItemType::AccessProfile,
            "ROLE" => AccessRequestRecommendationItemType::Role,
            other => AccessRequestRecommendationItemType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestRecommendationItemType);
