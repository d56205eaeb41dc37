//! `AccessItemReviewedByType`, from `v2024/schemas/AccessItemReviewedBy.yaml#/properties/type`.

/// DTO type of identity who reviewed the access item request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessItemReviewedByType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessItemReviewedByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessItemReviewedByType::Identity => "IDENTITY",
            AccessItemReviewedByType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessItemReviewedByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessItemReviewedByType::Identity,
            other => AccessItemReviewedByType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessItemReviewedByType);
