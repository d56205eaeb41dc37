//! `PrivilegecriteriadtoPrivilegeLevel`, from `apis/privilege-criteria/schemas/privilegecriteriadto.yaml#/properties/privilegeLevel`.

/// The privilege level assigned by this criteria.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PrivilegecriteriadtoPrivilegeLevel {
    /// `HIGH`
    High,
    /// `MEDIUM`
    Medium,
    /// `LOW`
    Low,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PrivilegecriteriadtoPrivilegeLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PrivilegecriteriadtoPrivilegeLevel::High => "HIGH",
            PrivilegecriteriadtoPrivilegeLevel::Medium => "MEDIUM",
            PrivilegecriteriadtoPrivilegeLevel::Low => "LOW",
            PrivilegecriteriadtoPrivilegeLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for PrivilegecriteriadtoPrivilegeLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HIGH" => PrivilegecriteriadtoPrivilegeLevel::High,
            "MEDIUM" => PrivilegecriteriadtoPrivilegeLevel::Medium,
            "LOW" => PrivilegecriteriadtoPrivilegeLevel::Low,
            other => PrivilegecriteriadtoPrivilegeLevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PrivilegecriteriadtoPrivilegeLevel);
