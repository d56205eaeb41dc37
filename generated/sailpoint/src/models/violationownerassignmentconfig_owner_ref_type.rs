//! `ViolationownerassignmentconfigOwnerRefType`, from `apis/sod-policies/schemas/violationownerassignmentconfig.yaml#/properties/ownerRef/properties/type`.

/// Owner type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ViolationownerassignmentconfigOwnerRefType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `MANAGER`
    Manager,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ViolationownerassignmentconfigOwnerRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ViolationownerassignmentconfigOwnerRefType::Identity => "IDENTITY",
            ViolationownerassignmentconfigOwnerRefType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            ViolationownerassignmentconfigOwnerRefType::Manager => "MANAGER",
            ViolationownerassignmentconfigOwnerRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ViolationownerassignmentconfigOwnerRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ViolationownerassignmentconfigOwnerRefType::Identity,
            "GOVERNANCE_GROUP" => {
                ViolationownerassignmentconfigOwnerRefType::GovernanceGroup
            }
            "MANAGER" => ViolationownerassignmentconfigOwnerRefType::Manager,
            other => {
                ViolationownerassignmentconfigOwnerRefType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ViolationownerassignmentconfigOwnerRefType);
