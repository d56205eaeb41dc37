//! `ConflictingitemType`, from `apis/sod-violations/schemas/conflictingitem.yaml#/properties/type`.

/// The type of access object represented by the conflicting item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConflictingitemType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConflictingitemType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConflictingitemType::Entitlement => "ENTITLEMENT",
            ConflictingitemType::AccessProfile => "ACCESS_PROFILE",
            ConflictingitemType::Role => "ROLE",
            ConflictingitemType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConflictingitemType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => ConflictingitemType::Entitlement,
            "ACCESS_PROFILE" => ConflictingitemType::AccessProfile,
            "ROLE" => ConflictingitemType::Role,
            other => ConflictingitemType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConflictingitemType);
