//! `ListOwnershipCorrelationConfigsV1Type`, from `apis/machine-identities/paths/sources-v1-by-sourceid-ownership-correlation-configs.yaml#/get/parameters/2/schema`.

/// `ListOwnershipCorrelationConfigsV1Type` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListOwnershipCorrelationConfigsV1Type {
    /// `OWNER_PRIMARY`
    OwnerPrimary,
    /// `OWNER_SECONDARY`
    OwnerSecondary,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListOwnershipCorrelationConfigsV1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListOwnershipCorrelationConfigsV1Type::OwnerPrimary => "OWNER_PRIMARY",
            ListOwnershipCorrelationConfigsV1Type::OwnerSecondary => "OWNER_SECONDARY",
            ListOwnershipCorrelationConfigsV1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListOwnershipCorrelationConfigsV1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "OWNER_PRIMARY" => ListOwnershipCorrelationConfigsV1Type::OwnerPrimary,
            "OWNER_SECONDARY" => ListOwnershipCorrelationConfigsV1Type::OwnerSecondary,
            other => ListOwnershipCorrelationConfigsV1Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListOwnershipCorrelationConfigsV1Type);
