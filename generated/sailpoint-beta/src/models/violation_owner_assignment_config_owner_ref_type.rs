//! `ViolationOwnerAssignmentConfigOwnerRefType`, from `beta/schemas/ViolationOwnerAssignmentConfig.yaml#/properties/ownerRef/properties/type`.

/// Owner type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ViolationOwnerAssignmentConfigOwnerRefType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `MANAGER`
    Manager,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ViolationOwnerAssignmentConfigOwnerRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ViolationOwnerAssignmentConfigOwnerRefType::Identity => "IDENTITY",
            ViolationOwnerAssignmentConfigOwnerRefType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            ViolationOwnerAssignmentConfigOwnerRefType::Manager => "MANAGER",
            ViolationOwnerAssignmentConfigOwnerRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ViolationOwnerAssignmentConfigOwnerRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ViolationOwnerAssignmentConfigOwnerRefType::Identity,
            "GOVERNANCE_GROUP" => {
                ViolationOwnerAssignmentConfigOwnerRefType::GovernanceGroup
            }
            "MANAGER" => ViolationOwnerAssignmentConfigOwnerRefType::Manager,
            other => {
                ViolationOwnerAssignmentConfigOwnerRefType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ViolationOwnerAssignmentConfigOwnerRefType);
