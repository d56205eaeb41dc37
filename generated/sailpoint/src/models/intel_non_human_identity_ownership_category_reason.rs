//! `IntelNonHumanIdentityOwnershipCategoryReason`, from `apis/intelligence/schemas/intel-non-human-identity-ownership-category.yaml#/properties/reason`.

/// Machine-readable reason code for the category-level ownership failure.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IntelNonHumanIdentityOwnershipCategoryReason {
    /// `UPSTREAM_UNAVAILABLE`
    UpstreamUnavailable,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IntelNonHumanIdentityOwnershipCategoryReason {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IntelNonHumanIdentityOwnershipCategoryReason::UpstreamUnavailable => {
                "UPSTREAM_UNAVAILABLE"
            }
            IntelNonHumanIdentityOwnershipCategoryReason::Unknown(value) => value,
        }
    }
}

impl From<&str> for IntelNonHumanIdentityOwnershipCategoryReason {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "UPSTREAM_UNAVAILABLE" => {
                IntelNonHumanIdentityOwnershipCategoryReason::UpstreamUnavailable
            }
            other => {
                IntelNonHumanIdentityOwnershipCategoryReason::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(IntelNonHumanIdentityOwnershipCategoryReason);
