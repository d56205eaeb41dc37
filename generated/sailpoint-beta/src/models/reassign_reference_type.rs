//! `ReassignReferenceType`, from `v3/schemas/ReassignReference.yaml#/properties/type`.

/// The type of item or identity being reassigned.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReassignReferenceType {
    /// `TARGET_SUMMARY`
    TargetSummary,
    /// `ITEM`
    Item,
    /// `IDENTITY_SUMMARY`
    IdentitySummary,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ReassignReferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReassignReferenceType::TargetSummary => "TARGET_SUMMARY",
            ReassignReferenceType::Item => "ITEM",
            ReassignReferenceType::IdentitySummary => "IDENTITY_SUMMARY",
            ReassignReferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReassignReferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TARGET_SUMMARY" => ReassignReferenceType::TargetSummary,
            "ITEM" => ReassignReferenceType::Item,
            "IDENTITY_SUMMARY" => ReassignReferenceType::IdentitySummary,
            other => ReassignReferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReassignReferenceType);
