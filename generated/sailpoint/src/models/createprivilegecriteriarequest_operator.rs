//! `CreateprivilegecriteriarequestOperator`, from `apis/privilege-criteria/schemas/createprivilegecriteriarequest.yaml#/properties/operator`.

/// The logical operator to apply between groups.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateprivilegecriteriarequestOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CreateprivilegecriteriarequestOperator {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CreateprivilegecriteriarequestOperator::And => "AND",
            CreateprivilegecriteriarequestOperator::Or => "OR",
            CreateprivilegecriteriarequestOperator::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateprivilegecriteriarequestOperator {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AND" => CreateprivilegecriteriarequestOperator::And,
            "OR" => CreateprivilegecriteriarequestOperator::Or,
            other => CreateprivilegecriteriarequestOperator::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CreateprivilegecriteriarequestOperator);
