//! `EntitlementconnectionsearchhitType`, from `apis/entitlement-connections/schemas/entitlementconnectionsearchhit.yaml#/properties/type`.

/// Connection type classification.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementconnectionsearchhitType {
    /// `JIT`
    Jit,
    /// `STANDING`
    Standing,
    /// `NA`
    Na,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementconnectionsearchhitType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementconnectionsearchhitType::Jit => "JIT",
            EntitlementconnectionsearchhitType::Standing => "STANDING",
            EntitlementconnectionsearchhitType::Na => "NA",
            EntitlementconnectionsearchhitType::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementconnectionsearchhitType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "JIT" => EntitlementconnectionsearchhitType::Jit,
            "STANDING" => EntitlementconnectionsearchhitType::Standing,
            "NA" => EntitlementconnectionsearchhitType::Na,
            other => EntitlementconnectionsearchhitType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementconnectionsearchhitType);
