//! `ReassignreferenceType`, from `apis/certifications/schemas/reassignreference.yaml#/properties/type`.

/// The type of item or identity being reassigned.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReassignreferenceType {
    /// `TARGET_SUMMARY`
    TargetSummary,
    /// `ITEM`
    Item,
    /// `IDENTITY_SUMMARY`
    IdentitySummary,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ReassignreferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReassignreferenceType::TargetSummary => "TARGET_SUMMARY",
            ReassignreferenceType::Item => "ITEM",
            ReassignreferenceType::IdentitySummary => "IDENTITY_SUMMARY",
            ReassignreferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReassignreferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TARGET_SUMMARY" => ReassignreferenceType::TargetSummary,
            "ITEM" => ReassignreferenceType::Item,
            "IDENTITY_SUMMARY" => ReassignreferenceType::IdentitySummary,
            other => ReassignreferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReassignreferenceType);
