//! `SourcesCorrelationconfigAttributeAssignmentsInnerOperation`, from `apis/sources/schemas/correlationconfig.yaml#/properties/attributeAssignments/items/properties/operation`.

/// The operation of the attribute assignment.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesCorrelationconfigAttributeAssignmentsInnerOperation {
    /// `EQ`
    Eq,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourcesCorrelationconfigAttributeAssignmentsInnerOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesCorrelationconfigAttributeAssignmentsInnerOperation::Eq => "EQ",
            SourcesCorrelationconfigAttributeAssignmentsInnerOperation::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for SourcesCorrelationconfigAttributeAssignmentsInnerOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EQ" => SourcesCorrelationconfigAttributeAssignmentsInnerOperation::Eq,
            other => {
                SourcesCorrelationconfigAttributeAssignmentsInnerOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(SourcesCorrelationconfigAttributeAssignmentsInnerOperation);
