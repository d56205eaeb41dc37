//! `V3AccessItemReviewedByType`, from `v3/schemas/AccessItemReviewedBy.yaml#/properties/type`.

/// DTO type of identity who reviewed the access item request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3AccessItemReviewedByType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3AccessItemReviewedByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3AccessItemReviewedByType::Identity => "IDENTITY",
            V3AccessItemReviewedByType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3AccessItemReviewedByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => V3AccessItemReviewedByType::Identity,
            other => V3AccessItemReviewedByType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3AccessItemReviewedByType);
