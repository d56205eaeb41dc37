//! `AccessprofileusageUsedByInnerType`, from `apis/access-profiles/schemas/accessprofileusage.yaml#/properties/usedBy/items/properties/type`.

/// DTO type of role using the access profile.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessprofileusageUsedByInnerType {
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessprofileusageUsedByInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessprofileusageUsedByInnerType::Role => "ROLE",
            AccessprofileusageUsedByInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessprofileusageUsedByInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ROLE" => AccessprofileusageUsedByInnerType::Role,
            other => AccessprofileusageUsedByInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessprofileusageUsedByInnerType);
