//! `CreateprivilegecriteriarequestPrivilegeLevel`, from `apis/privilege-criteria/schemas/createprivilegecriteriarequest.yaml#/properties/privilegeLevel`.

/// The privilege level assigned by this criteria.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateprivilegecriteriarequestPrivilegeLevel {
    /// `HIGH`
    High,
    /// `MEDIUM`
    Medium,
    /// `LOW`
    Low,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CreateprivilegecriteriarequestPrivilegeLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CreateprivilegecriteriarequestPrivilegeLevel::High => "HIGH",
            CreateprivilegecriteriarequestPrivilegeLevel::Medium => "MEDIUM",
            CreateprivilegecriteriarequestPrivilegeLevel::Low => "LOW",
            CreateprivilegecriteriarequestPrivilegeLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateprivilegecriteriarequestPrivilegeLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HIGH" => CreateprivilegecriteriarequestPrivilegeLevel::High,
            "MEDIUM" => CreateprivilegecriteriarequestPrivilegeLevel::Medium,
            "LOW" => CreateprivilegecriteriarequestPrivilegeLevel::Low,
            other => {
                CreateprivilegecriteriarequestPrivilegeLevel::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(CreateprivilegecriteriarequestPrivilegeLevel);
