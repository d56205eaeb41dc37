//! `CompletedApprovalReviewedByType`, from `beta/schemas/CompletedApproval.yaml#/properties/reviewedBy/properties/type`.

/// DTO type of identity who reviewed the access item request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompletedApprovalReviewedByType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CompletedApprovalReviewedByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompletedApprovalReviewedByType::Identity => "IDENTITY",
            CompletedApprovalReviewedByType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompletedApprovalReviewedByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => CompletedApprovalReviewedByType::Identity,
            other => CompletedApprovalReviewedByType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CompletedApprovalReviewedByType);
