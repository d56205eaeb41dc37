//! `CorrelationConfigAttributeAssignmentsInnerOperation`, from `beta/schemas/CorrelationConfig.yaml#/properties/attributeAssignments/items/properties/operation`.

/// The operation of the attribute assignment.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CorrelationConfigAttributeAssignmentsInnerOperation {
    /// `EQ`
    Eq,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CorrelationConfigAttributeAssignmentsInnerOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CorrelationConfigAttributeAssignmentsInnerOperation::Eq => "EQ",
            CorrelationConfigAttributeAssignmentsInnerOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for CorrelationConfigAttributeAssignmentsInnerOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EQ" => CorrelationConfigAttributeAssignmentsInnerOperation::Eq,
            other => {
                CorrelationConfigAttributeAssignmentsInnerOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(CorrelationConfigAttributeAssignmentsInnerOperation);
