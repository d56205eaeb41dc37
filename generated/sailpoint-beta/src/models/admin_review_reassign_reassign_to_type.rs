//! `AdminReviewReassignReassignToType`, from `beta/schemas/AdminReviewReassign.yaml#/properties/reassignTo/properties/type`.

/// The type of the ID provided.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AdminReviewReassignReassignToType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AdminReviewReassignReassignToType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AdminReviewReassignReassignToType::Identity => "IDENTITY",
            AdminReviewReassignReassignToType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AdminReviewReassignReassignToType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AdminReviewReassignReassignToType::Identity,
            other => AdminReviewReassignReassignToType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AdminReviewReassignReassignToType);
