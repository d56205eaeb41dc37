//! `ViolationOwnerAssignmentConfigAssignmentRule`, from `beta/schemas/ViolationOwnerAssignmentConfig.yaml#/properties/assignmentRule`.

/// Details about the violations owner.
/// MANAGER - identity's manager
/// STATIC - Governance Group or Identity
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ViolationOwnerAssignmentConfigAssignmentRule {
    /// `MANAGER`
    Manager,
    /// `STATIC`
    Static,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ViolationOwnerAssignmentConfigAssignmentRule {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ViolationOwnerAssignmentConfigAssignmentRule::Manager => "MANAGER",
            ViolationOwnerAssignmentConfigAssignmentRule::Static => "STATIC",
            ViolationOwnerAssignmentConfigAssignmentRule::Unknown(value) => value,
        }
    }
}

impl From<&str> for ViolationOwnerAssignmentConfigAssignmentRule {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => ViolationOwnerAssignmentConfigAssignmentRule::Manager,
            "STATIC" => ViolationOwnerAssignmentConfigAssignmentRule::Static,
            other => {
                ViolationOwnerAssignmentConfigAssignmentRule::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ViolationOwnerAssignmentConfigAssignmentRule);
