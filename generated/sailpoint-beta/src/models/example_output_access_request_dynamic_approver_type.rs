//! `ExampleOutputAccessRequestDynamicApproverType`, from `beta/schemas/trigger/example-output/AccessRequestDynamicApprover.yaml#/properties/type`.

/// The type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExampleOutputAccessRequestDynamicApproverType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ExampleOutputAccessRequestDynamicApproverType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExampleOutputAccessRequestDynamicApproverType::Identity => "IDENTITY",
            ExampleOutputAccessRequestDynamicApproverType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            ExampleOutputAccessRequestDynamicApproverType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExampleOutputAccessRequestDynamicApproverType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ExampleOutputAccessRequestDynamicApproverType::Identity,
            "GOVERNANCE_GROUP" => {
                ExampleOutputAccessRequestDynamicApproverType::GovernanceGroup
            }
            other => {
                ExampleOutputAccessRequestDynamicApproverType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ExampleOutputAccessRequestDynamicApproverType);
