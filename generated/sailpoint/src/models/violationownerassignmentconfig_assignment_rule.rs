//! `ViolationownerassignmentconfigAssignmentRule`, from `apis/sod-policies/schemas/violationownerassignmentconfig.yaml#/properties/assignmentRule`.

/// Details about the violations owner.
/// MANAGER - identity's manager
/// STATIC - Governance Group or Identity
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ViolationownerassignmentconfigAssignmentRule {
    /// `MANAGER`
    Manager,
    /// `STATIC`
    Static,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ViolationownerassignmentconfigAssignmentRule {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ViolationownerassignmentconfigAssignmentRule::Manager => "MANAGER",
            ViolationownerassignmentconfigAssignmentRule::Static => "STATIC",
            ViolationownerassignmentconfigAssignmentRule::Unknown(value) => value,
        }
    }
}

impl From<&str> for ViolationownerassignmentconfigAssignmentRule {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => ViolationownerassignmentconfigAssignmentRule::Manager,
            "STATIC" => ViolationownerassignmentconfigAssignmentRule::Static,
            other => {
                ViolationownerassignmentconfigAssignmentRule::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ViolationownerassignmentconfigAssignmentRule);
